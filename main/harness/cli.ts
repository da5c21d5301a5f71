/**
 * `npm run -s harness -- --port PORT [--episode FILE [--audio FILE]] [--user-data DIR]`: serves the built
 * renderer and the API on 127.0.0.1 for browser tests. `--audio` is remembered as the episode's chosen
 * audio. Prints `harness listening on http://127.0.0.1:PORT/t/TOKEN` when ready: the page to open, with
 * this run's token, which every API request needs.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { errorMessage } from '../../shared/errors.js';
import { startHarness } from './server.js';

const USAGE = 'usage: npm run -s harness -- --port PORT [--episode FILE [--audio FILE]] [--user-data DIR]';

// This file runs bundled as build/harness/harness.js, two folders below the repository.
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, episode: { type: 'string' }, audio: { type: 'string' }, 'user-data': { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (values.port === undefined || !Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port needs a port number\n${USAGE}`);
  // Paths on the command line are meant from where the user typed them, which npm keeps in INIT_CWD.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const rendererDir = join(REPO_ROOT, 'build/renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) console.error(`warning: ${rendererDir} has no index.html; run node build.mjs`);
  const harness = await startHarness({
    port,
    rendererDir,
    samplePath: join(REPO_ROOT, 'assets/sample/sample-episode.md'),
    episode: values.episode === undefined ? null : resolve(cwd, values.episode),
    audio: values.audio === undefined ? null : resolve(cwd, values.audio),
    // A fresh folder by default, so that runs never share a recent-files list.
    userDataDir: values['user-data'] === undefined ? mkdtempSync(join(tmpdir(), 'episode-harness-')) : resolve(cwd, values['user-data']),
  });
  console.log(`harness listening on ${harness.url}`);
  const stop = () => void harness.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`harness: ${errorMessage(err)}`);
  process.exit(2);
});
