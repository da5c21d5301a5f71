/**
 * The browser harness: the built renderer and the API contract over HTTP on 127.0.0.1, answered by the
 * same handlers as the Electron app (real files, real parsing). Only the transport differs: POST
 * /api/<operation> instead of IPC, Server-Sent Events instead of webContents.send, and dialogs answered
 * by what a test queued instead of by a person. Every route but the renderer's files needs the run's
 * token (run-token.ts): any local process can reach 127.0.0.1.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiEventName, ApiEvents } from '../../shared/api.js';
import { isCommandId } from '../../shared/commands.js';
import { errorMessage } from '../../shared/errors.js';
import { RENDERER_HEADERS } from '../csp.js';
import { createApiHandlers, isApiMethod, type CheckedApiHandlers } from '../services/api-handlers.js';
import { requireAudioFile } from '../services/audio-files.js';
import { openAudio } from '../services/audio.js';
import { sendNodeResponse, type MediaFiles } from '../services/media-server.js';
import { AudioRecognition } from '../services/recognition.js';
import { EpisodeWatcher } from '../services/episode-watcher.js';
import { EstimatedTimes } from '../services/estimated-times.js';
import { GrantedPaths } from '../services/granted-paths.js';
import { RecentFiles } from '../services/recent-files.js';
import { RecoveryStore } from '../services/recovery.js';
import { SettingsStore } from '../services/settings.js';
import { readStaticFile } from '../services/static-files.js';
import { requireRecord } from '../services/validate-args.js';
import { QueuedDialogs } from './queued-dialogs.js';
import { cookieHasToken, newRunToken, pathUnderToken, tokenCookie } from './run-token.js';

/** The only address the harness listens on: it reads and writes files for whoever calls it. */
const HARNESS_HOST = '127.0.0.1';

/** The largest request body accepted (a long episode is a few megabytes). */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** How to start the harness. */
export interface HarnessOptions {
  /** Port to listen on; 0 picks a free one. */
  readonly port: number;
  /** The built renderer, served at `/`. */
  readonly rendererDir: string;
  /** The bundled sample, shown when no episode is given. */
  readonly samplePath: string;
  /** An absolute path to show first instead of the sample. */
  readonly episode?: string | null;
  /** Where the recent-files list, the audio choices, the estimated times and the peaks cache are kept. */
  readonly userDataDir: string;
  /** The audio for `episode`, remembered at start as the user's choice for it (`--audio`). */
  readonly audio?: string | null;
}

/** A running harness. */
export interface Harness {
  /** `http://127.0.0.1:PORT/t/TOKEN`: the page's address (opened, it gives the page the token), and the base of every route. */
  readonly url: string;
  /** `http://127.0.0.1:PORT`, where a request without the token is refused. */
  readonly origin: string;
  readonly port: number;
  /** This run's token. */
  readonly token: string;
  /** Sends an event to every connected page, as a menu click does in the app; returns how many got it. */
  emit<E extends ApiEventName>(event: E, ...args: ApiEvents[E]): number;
  /** Stops listening and ends the event streams. */
  close(): Promise<void>;
}

/** A failure with the HTTP status to answer it with. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Starts the harness; resolves once it is listening. */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const dialogs = new QueuedDialogs();
  const token = newRunToken();
  let documentState = { title: '', dirty: false };
  const audio = await openAudio({
    userDataDir: options.userDataDir,
    // Same origin as the page, so a path is the whole URL.
    mediaUrl: (token) => `/media/${token}`,
    onPeaksProgress: (audioPath, fraction) => emit('peaksProgress', { audioPath, fraction }),
  });
  // The harness's own command line is the user's choice, as the app's is.
  const granted = new GrantedPaths();
  if (options.audio) {
    if (!options.episode) throw new Error('--audio needs --episode: the audio is remembered for that episode');
    await requireAudioFile(options.audio);
    await audio.choices.set(options.episode, options.audio);
    await granted.grant(options.audio, 'audio');
  }
  const watcher = new EpisodeWatcher((file) => emit('episodeChangedOnDisk', file));
  const handlers = createApiHandlers({
    dialogs,
    recent: await RecentFiles.open(options.userDataDir),
    settings: await SettingsStore.open(options.userDataDir),
    estimated: await EstimatedTimes.open(options.userDataDir),
    recovery: RecoveryStore.in(options.userDataDir),
    samplePath: options.samplePath,
    initialPath: options.episode ?? null,
    onDocumentState: (title, dirty) => (documentState = { title, dirty }),
    audio,
    granted,
    watcher,
    recognition: new AudioRecognition((fraction) => emit('recognitionProgress', { fraction })),
  });
  const streams = new Set<ServerResponse>();
  const emit = <E extends ApiEventName>(event: E, ...args: ApiEvents[E]): number => {
    for (const res of streams) res.write(`event: ${event}\ndata: ${JSON.stringify(args)}\n\n`);
    return streams.size;
  };

  const harnessRoutes: Record<string, (body: unknown) => unknown> = {
    'POST /harness/dialog': (body) => {
      dialogs.queue(body);
      return dialogs.counts();
    },
    'POST /harness/command': (body) => {
      const { id } = requireRecord('command', body, ['id']);
      // The renderer trusts the events it is sent: an id that names no command is refused here, where it enters.
      if (!isCommandId(id)) throw new HttpError(400, `command: unknown command id ${JSON.stringify(id) ?? 'undefined'}; the ids are those of shared/commands.ts, such as "file.save"`);
      return { delivered: emit('command', id) };
    },
    'GET /harness/state': () => ({ ...documentState, dialogs: dialogs.counts(), asked: dialogs.history() }),
  };

  let port = options.port;
  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A web page elsewhere could reach 127.0.0.1 under another name (DNS rebinding): answer only our own.
    if (req.headers.host !== `${HARNESS_HOST}:${port}` && req.headers.host !== `localhost:${port}`) {
      throw new HttpError(403, `unexpected Host ${JSON.stringify(req.headers.host)}`);
    }
    const method = req.method ?? 'GET';
    const requested = new URL(req.url ?? '/', 'http://harness').pathname;
    const underToken = pathUnderToken(requested, token);
    // The printed address itself: the page gets the token as a cookie and is shown at / (its assets are relative).
    if (underToken === '/' && (method === 'GET' || method === 'HEAD')) {
      res.writeHead(302, { Location: '/', 'Set-Cookie': tokenCookie(port, token), 'Cache-Control': 'no-store' }).end();
      return;
    }
    const path = underToken ?? requested;
    if (underToken === null && /^\/(api|harness|media|t)\//.test(path) && !cookieHasToken(req.headers.cookie, port, token)) {
      throw new HttpError(403, `${path}: refused: the harness answers only requests with this run's token (open the address it printed, http://${HARNESS_HOST}:${port}/t/<token>)`);
    }
    if (path === '/api/events' && method === 'GET') return openEventStream(req, res, streams);
    if (path.startsWith('/media/')) return sendMedia(audio.media, path.slice('/media/'.length), req, res);
    if (path.startsWith('/api/')) return sendJson(res, ...(await callApi(handlers, path.slice('/api/'.length), req)));
    const harnessRoute = harnessRoutes[`${method} ${path}`];
    if (harnessRoute) {
      const body = method === 'POST' ? await readJsonBody(req) : undefined;
      return sendJson(res, 200, { ok: true, result: harnessRoute(body) });
    }
    if (path.startsWith('/harness/')) throw new HttpError(404, `no harness route ${method} ${path}`);
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, `${method} is not served here`);
    return sendStatic(res, options.rendererDir, path, method === 'HEAD');
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 400;
      if (!res.headersSent) sendJson(res, status, { ok: false, error: errorMessage(err) });
      else res.end();
    });
  });
  port = await listen(server, options.port);
  return {
    url: `http://${HARNESS_HOST}:${port}/t/${token}`,
    origin: `http://${HARNESS_HOST}:${port}`,
    port,
    token,
    emit,
    close: async () => {
      watcher.close();
      for (const res of streams) res.end();
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    },
  };
}

/** POST /api/<method>: the JSON body is the argument; the reply is `{ok, result}` or `{ok: false, error}`. */
async function callApi(handlers: CheckedApiHandlers, name: string, req: IncomingMessage): Promise<[number, unknown]> {
  if (!isApiMethod(name)) throw new HttpError(404, `no operation ${JSON.stringify(name)}`);
  if (req.method !== 'POST') throw new HttpError(405, `${name}: use POST`);
  const arg = await readJsonBody(req);
  try {
    return [200, { ok: true, result: await handlers[name](arg) }];
  } catch (err) {
    // The operation ran and failed (bad argument, unreadable file, invalid episode): that is an answer, as
    // a rejected promise is over IPC, not an HTTP failure (which the browser would log as an error).
    return [200, { ok: false, error: errorMessage(err) }];
  }
}

/** Reads a JSON request body; an empty body is no argument. Demands the JSON content type, which no page elsewhere can send without our consent (CORS preflight). */
async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'send Content-Type: application/json');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'request body too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'the request body is not JSON');
  }
}

/** GET /api/events: one Server-Sent Events stream per page; each event's data is its argument list as JSON. */
function openEventStream(req: IncomingMessage, res: ServerResponse, streams: Set<ServerResponse>): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  // A first comment lets the client (and a test) know the stream is open.
  res.write(': connected\n\n');
  streams.add(res);
  req.on('close', () => streams.delete(res));
}

/** GET /media/<token>: the registered audio, with Range support, streamed from disk. */
async function sendMedia(media: MediaFiles, token: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const ifRange = req.headers['if-range'];
  const answer = await media.respond({ method: req.method ?? 'GET', token, range: req.headers.range ?? null, ifRange: typeof ifRange === 'string' ? ifRange : null });
  await sendNodeResponse(res, answer);
}

/** Serves a file of the built renderer with the same headers (CSP) as the app. */
async function sendStatic(res: ServerResponse, root: string, path: string, headOnly: boolean): Promise<void> {
  const file = await readStaticFile(root, path);
  // Browsers ask for a favicon by themselves; "none" is a fine answer, and keeps the console free of 404s.
  if (!file && path === '/favicon.ico') {
    res.writeHead(204, RENDERER_HEADERS).end();
    return;
  }
  if (!file) {
    const hint = path === '/' ? ' (build the renderer first: node build.mjs)' : '';
    res.writeHead(404, { ...RENDERER_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${path}${hint}\n`);
    return;
  }
  res.writeHead(200, { ...RENDERER_HEADERS, 'Content-Type': file.contentType, 'Content-Length': file.body.length });
  res.end(headOnly ? undefined : file.body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
}

/** Listens on 127.0.0.1; resolves with the port (the chosen one when asked for 0). */
function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HARNESS_HOST, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
