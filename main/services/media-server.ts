/**
 * Serves the current episode's audio to the renderer's media element, for the Electron protocol
 * `episode-media:` and the harness's `/media/` route alike. Only a registered file is served, by an
 * unguessable token: the request's path never reaches the file system, so there is nothing to
 * traverse. Range requests are answered exactly (the media element seeks with them), and bodies
 * stream from disk, so a 3-hour file costs no memory.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { audioContentType } from './audio-files.js';

/** A byte range, both ends included. */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/**
 * What a Range header asks of a file of `size` bytes: a range, 'unsatisfiable' (answer 416), or null
 * to send the whole file. Malformed headers, other units and multiple ranges are ignored, as RFC 9110
 * allows; a media element only ever asks for one range.
 */
export function parseRange(header: string | null | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec((header ?? '').trim());
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    // A suffix: the last N bytes (all of them when N is larger than the file).
    const length = Number(last);
    return length === 0 || size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  if (last !== '' && Number(last) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) };
}

/** A request for a media file, as either transport sees it. */
export interface MediaRequest {
  readonly method: string;
  /** The token from the URL (`episode-media://audio/<token>`, `/media/<token>`). */
  readonly token: string;
  readonly range?: string | null;
  readonly ifRange?: string | null;
}

/** The answer: status and headers, and which bytes of which file make the body (none for HEAD and errors). */
export interface MediaResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: { readonly path: string; readonly start: number; readonly end: number } | null;
  /** The text body of an error answer. */
  readonly message?: string;
}

/** How media responses are sent. */
export interface MediaFilesOptions {
  /** Sent as Access-Control-Allow-Origin: the app's page is another origin (app://) than the media (episode-media://). */
  readonly allowOrigin?: string;
}

/** The files the renderer may load (one at a time: the current episode's audio), and their answers. */
export class MediaFiles {
  private current: { readonly token: string; readonly path: string } | null = null;

  constructor(private readonly options: MediaFilesOptions = {}) {}

  /**
   * Makes a file the one served and returns its token. The same file keeps its token (the media
   * element then need not reload); another file replaces it, and the old token answers 404.
   */
  register(path: string): string {
    if (this.current?.path !== path) this.current = { token: randomBytes(16).toString('hex'), path };
    return this.current.token;
  }

  /** Serves nothing any more (an episode without audio is open). */
  clear(): void {
    this.current = null;
  }

  /** The answer to a request; never throws (a file gone since it was registered is a 404). */
  async respond(request: MediaRequest): Promise<MediaResponse> {
    const common: Record<string, string> = { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
    if (this.options.allowOrigin) common['Access-Control-Allow-Origin'] = this.options.allowOrigin;
    const text = (status: number, message: string, extra: Record<string, string> = {}): MediaResponse => ({
      status,
      headers: { ...common, 'Content-Type': 'text/plain; charset=utf-8', ...extra },
      body: null,
      message: `${message}\n`,
    });
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'use GET or HEAD', { Allow: 'GET, HEAD' });
    const path = this.current && request.token === this.current.token ? this.current.path : null;
    const stats = path ? await stat(path).catch(() => null) : null;
    if (!path || !stats?.isFile()) return text(404, 'not found');

    const size = stats.size;
    const etag = `"${size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
    const lastModified = stats.mtime.toUTCString();
    const headers = { ...common, 'Accept-Ranges': 'bytes', 'Content-Type': audioContentType(path), ETag: etag, 'Last-Modified': lastModified };
    // If-Range: the client holds part of an older version; then only the whole new file will do.
    const rangeStillValid = !request.ifRange || request.ifRange === etag || request.ifRange === lastModified;
    const range = rangeStillValid ? parseRange(request.range, size) : null;
    if (range === 'unsatisfiable') return text(416, 'range not satisfiable', { 'Accept-Ranges': 'bytes', 'Content-Range': `bytes */${size}` });
    const { start, end } = range ?? { start: 0, end: size - 1 };
    const length = end - start + 1;
    return {
      status: range ? 206 : 200,
      headers: { ...headers, 'Content-Length': String(length), ...(range ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}) },
      body: request.method === 'HEAD' || length === 0 ? null : { path, start, end },
    };
  }
}

/** How many bytes each read of a web stream takes from disk. */
const CHUNK_BYTES = 256 * 1024;

/**
 * A web ReadableStream of a file's bytes from `start` to `end` (included), read from disk as the
 * consumer pulls: Electron's protocol handlers answer with web Responses.
 */
function fileWebStream(path: string, start: number, end: number): ReadableStream<Uint8Array> {
  let position = start;
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  const close = async () => {
    const h = handle;
    handle = null;
    await h?.close();
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        handle ??= await open(path, 'r');
        const wanted = Math.min(CHUNK_BYTES, end + 1 - position);
        const { bytesRead, buffer } = await handle.read(Buffer.alloc(wanted), 0, wanted, position);
        position += bytesRead;
        if (bytesRead > 0) controller.enqueue(new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead));
        // A file that shrank since its size was sent ends early; the client sees a short body.
        if (bytesRead === 0 || position > end) {
          await close();
          controller.close();
        }
      } catch (err) {
        await close().catch(() => undefined);
        controller.error(err);
      }
    },
    async cancel() {
      await close();
    },
  });
}

/** The answer as a web Response (Electron's `protocol.handle`). */
export function toWebResponse(response: MediaResponse): Response {
  const { body } = response;
  return new Response(body ? fileWebStream(body.path, body.start, body.end) : (response.message ?? null), { status: response.status, headers: response.headers });
}

/** Sends the answer on a Node HTTP response (the harness), streaming the body from disk. */
export async function sendNodeResponse(res: ServerResponse, response: MediaResponse): Promise<void> {
  res.writeHead(response.status, response.headers);
  const { body } = response;
  if (!body) {
    res.end(response.message);
    return;
  }
  // pipeline ends the response, and destroys the file stream when the client goes away mid-file.
  await pipeline(createReadStream(body.path, { start: body.start, end: body.end }), res).catch(() => undefined);
}
