import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness } from '../../../main/harness/server.js';
import { REPO_ROOT, seed } from '../../support/paths.js';

const running: Harness[] = [];

/** Stops every harness the tests started (call it in afterEach). */
export async function stopHarnesses(): Promise<void> {
  await Promise.all(running.splice(0).map((h) => h.close()));
}

/**
 * A harness on a free port over a temp folder with a stand-in renderer and a copy of seed 000 (named
 * `episodeName`), given as its episode when `episode` is set, with `--audio` when asked.
 */
export async function startTestHarness(options: { episode: boolean; episodeName?: string; audio?: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'episode-harness-test-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Episode Editor</title>');
  writeFileSync(join(rendererDir, 'assets', 'index.js'), 'console.log(1)');
  const episode = join(dir, options.episodeName ?? 'episode.md');
  copyFileSync(seed('000'), episode);
  const harness = await startHarness({
    port: 0,
    rendererDir,
    samplePath: join(REPO_ROOT, 'assets/sample/sample-episode.md'),
    episode: options.episode ? episode : null,
    userDataDir: join(dir, 'user-data'),
    ...(options.audio !== undefined && { audio: options.audio }),
  });
  running.push(harness);
  const post = async (path: string, body?: unknown) => {
    const response = await fetch(`${harness.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? '' : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as { ok: boolean; result?: unknown; error?: string } };
  };
  return { harness, dir, episode, post };
}
