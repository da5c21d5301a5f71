/**
 * A bare CodeMirror 6 page, the baseline the app's load time is compared with: the same packages
 * (@codemirror/state and @codemirror/view from node_modules), bundled and minified by esbuild as
 * Vite bundles the app, served over HTTP from 127.0.0.1 with the episode fetched as the app fetches it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from '../support/paths.js';

const HOST = '127.0.0.1';

const PAGE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Bare CodeMirror</title>
    <style>html, body, #root { height: 100%; margin: 0; } .cm-editor { height: 100%; }</style>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="./bare.js"></script>
  </body>
</html>
`;

/** Bundles the bare page (bare-codemirror-page.ts) into a fresh temporary folder; returns that folder. */
export async function buildBarePage(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'episode-bench-bare-'));
  await build({
    entryPoints: [join(REPO_ROOT, 'test/bench/bare-codemirror-page.ts')],
    outfile: join(dir, 'bare.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    // As the renderer's Vite build: minified, for the same Chromium.
    target: 'chrome120',
    minify: true,
    logLevel: 'warning',
  });
  writeFileSync(join(dir, 'index.html'), PAGE_HTML);
  return dir;
}

/** A running server of the bare page. */
export interface BareServer {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  stop(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '/': 'text/html; charset=utf-8',
  '/index.html': 'text/html; charset=utf-8',
  '/bare.js': 'text/javascript; charset=utf-8',
};

/**
 * Serves the page built in `pageDir` and answers `POST /api/initialEpisode` with `episodePath` read
 * from disk at each request, in the harness's reply shape (`{ok, result: {path, text, mtimeMs}}`).
 */
export async function startBareServer(pageDir: string, episodePath: string): Promise<BareServer> {
  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://bare').pathname;
    if (path === '/api/initialEpisode' && req.method === 'POST') {
      for await (const _chunk of req as AsyncIterable<Buffer>) {
        // The body is empty, as the app sends it; read to the end before answering.
      }
      const [text, { mtimeMs }] = await Promise.all([readFile(episodePath, 'utf8'), stat(episodePath)]);
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ ok: true, result: { path: episodePath, text, mtimeMs } }));
      return;
    }
    const type = CONTENT_TYPES[path];
    if (!type || req.method !== 'GET') {
      res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    const body = await readFile(join(pageDir, path === '/' ? 'index.html' : path.slice(1)));
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length }).end(body);
  };
  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, () => resolve());
  });
  return {
    url: `http://${HOST}:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
