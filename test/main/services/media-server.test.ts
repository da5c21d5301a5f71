import { closeSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaFiles, parseRange, sendNodeResponse } from '../../../main/services/media-server.js';

describe('parseRange', () => {
  const size = 1000;
  it('reads the three forms of a single byte range', () => {
    expect(parseRange('bytes=0-', size)).toEqual({ start: 0, end: 999 });
    expect(parseRange('bytes=100-199', size)).toEqual({ start: 100, end: 199 });
    expect(parseRange('bytes=990-5000', size)).toEqual({ start: 990, end: 999 });
    expect(parseRange('bytes=-10', size)).toEqual({ start: 990, end: 999 });
    expect(parseRange('bytes=-5000', size)).toEqual({ start: 0, end: 999 });
    expect(parseRange(' bytes=5-5 ', size)).toEqual({ start: 5, end: 5 });
  });

  it('calls a range past the end (or an empty suffix) unsatisfiable', () => {
    expect(parseRange('bytes=1000-', size)).toBe('unsatisfiable');
    expect(parseRange('bytes=1000-1001', size)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', size)).toBe('unsatisfiable');
    expect(parseRange('bytes=0-', 0)).toBe('unsatisfiable');
  });

  it('ignores what it does not serve: no header, other units, bad syntax, several ranges, end before start', () => {
    for (const header of [undefined, null, '', 'items=0-1', 'bytes=a-b', 'bytes=-', 'bytes=0-1,5-6', 'bytes=9-3', 'bytes = 0-1']) {
      expect(parseRange(header, size), String(header)).toBeNull();
    }
  });
});

const FILE_SIZE = 3 * 1024 * 1024 + 17;
let server: Server;
let base: string;
let dir: string;
let audio: string;
const media = new MediaFiles();

/** One byte per position, so that any range's content can be checked: byte i is i mod 251. */
function pattern(start: number, end: number): Buffer {
  return Buffer.from(Array.from({ length: end - start + 1 }, (_, k) => (start + k) % 251));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'episode-media-'));
  audio = join(dir, 'talk.mp3');
  writeFileSync(audio, pattern(0, FILE_SIZE - 1));
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const token = path.startsWith('/media/') ? path.slice('/media/'.length) : '';
    void media.respond({ method: req.method ?? 'GET', token, range: req.headers.range ?? null }).then((answer) => sendNodeResponse(res, answer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** GET with an optional Range header; the body as bytes. */
async function get(path: string, range?: string, method = 'GET') {
  const response = await fetch(`${base}${path}`, { method, headers: range ? { Range: range } : {} });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

describe('MediaFiles over HTTP', () => {
  it('serves a registered file whole, with its type, length and Accept-Ranges', async () => {
    const token = media.register(audio);
    const { status, headers, body } = await get(`/media/${token}`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('audio/mpeg');
    expect(headers.get('content-length')).toBe(String(FILE_SIZE));
    expect(headers.get('accept-ranges')).toBe('bytes');
    expect(headers.get('content-range')).toBeNull();
    expect(body.equals(pattern(0, FILE_SIZE - 1))).toBe(true);
  });

  it('answers byte ranges with 206 and exact Content-Range: open-ended, bounded, and the last bytes', async () => {
    const token = media.register(audio);
    const cases: [string, number, number][] = [
      ['bytes=0-', 0, FILE_SIZE - 1],
      ['bytes=1000-1999', 1000, 1999],
      [`bytes=${FILE_SIZE - 10}-`, FILE_SIZE - 10, FILE_SIZE - 1],
      ['bytes=-100', FILE_SIZE - 100, FILE_SIZE - 1],
      [`bytes=2000000-${FILE_SIZE + 500}`, 2000000, FILE_SIZE - 1],
    ];
    for (const [range, start, end] of cases) {
      const { status, headers, body } = await get(`/media/${token}`, range);
      expect(status, range).toBe(206);
      expect(headers.get('content-range'), range).toBe(`bytes ${start}-${end}/${FILE_SIZE}`);
      expect(headers.get('content-length'), range).toBe(String(end - start + 1));
      expect(body.equals(pattern(start, end)), range).toBe(true);
    }
  });

  it('answers an unsatisfiable range with 416 and the size, and ignores a malformed one', async () => {
    const token = media.register(audio);
    const past = await get(`/media/${token}`, `bytes=${FILE_SIZE}-`);
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${FILE_SIZE}`);
    expect((await get(`/media/${token}`, 'bytes=5-2')).status).toBe(200);
  });

  it('answers HEAD with the headers only', async () => {
    const token = media.register(audio);
    const head = await get(`/media/${token}`, 'bytes=10-19', 'HEAD');
    expect(head.status).toBe(206);
    expect(head.headers.get('content-length')).toBe('10');
    expect(head.body.length).toBe(0);
  });

  it('serves nothing but the registered file: 404 for other tokens, traversal attempts, a replaced or cleared file', async () => {
    const old = media.register(audio);
    for (const path of ['/media/', '/media/nope', `/media/../${audio}`, `/media/${encodeURIComponent(audio)}`, `/media/${old}x`]) {
      expect((await get(path)).status, path).toBe(404);
    }
    const other = join(dir, 'other.ogg');
    writeFileSync(other, 'OggS');
    const token = media.register(other);
    expect(media.register(other)).toBe(token);
    expect(token).not.toBe(old);
    expect((await get(`/media/${old}`)).status).toBe(404);
    const now = await get(`/media/${token}`);
    expect([now.status, now.headers.get('content-type'), now.body.toString()]).toEqual([200, 'audio/ogg', 'OggS']);
    media.clear();
    expect((await get(`/media/${token}`)).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const token = media.register(audio);
    expect((await get(`/media/${token}`, undefined, 'DELETE')).status).toBe(405);
  });

  it('serves the last bytes of a 3 GB file at once, streaming from disk rather than reading it whole', async () => {
    // Sparse: 3 GB of size, a few bytes of disk. Reading it whole would take seconds and gigabytes.
    const huge = join(dir, 'three-hours.wav');
    const size = 3 * 1024 ** 3;
    const fd = openSync(huge, 'w');
    writeSync(fd, Buffer.from('THE END!'), 0, 8, size - 8);
    closeSync(fd);
    const token = media.register(huge);
    const tail = await get(`/media/${token}`, 'bytes=-8');
    expect(tail.status).toBe(206);
    expect(tail.headers.get('content-range')).toBe(`bytes ${size - 8}-${size - 1}/${size}`);
    expect(tail.body.toString()).toBe('THE END!');
    const middle = await get(`/media/${token}`, `bytes=${size / 2}-${size / 2 + 1023}`);
    expect(middle.body).toEqual(Buffer.alloc(1024));
  });

  it('lets a client that stops reading mid-file go without harm', async () => {
    const token = media.register(audio);
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest(`${base}/media/${token}`, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect((await get(`/media/${token}`, 'bytes=0-3')).body.equals(pattern(0, 3))).toBe(true);
  });
});
