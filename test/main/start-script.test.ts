import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

/** Whether this machine has Electron's binary (then `npm start` would open the app rather than explain). */
function hasElectron(): boolean {
  try {
    createRequire(join(REPO_ROOT, 'package.json'))('electron');
    return true;
  } catch {
    return false;
  }
}

/** Runs `start.mjs` as `npm start -- ARGS` does, from REPO_ROOT/test (where the user typed it). */
function start(...args: string[]) {
  return spawnSync(process.execPath, [join(REPO_ROOT, 'start.mjs'), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, INIT_CWD: join(REPO_ROOT, 'test') },
    encoding: 'utf8',
  });
}

describe.skipIf(hasElectron())('npm start on a machine without Electron', () => {
  it('says so and suggests the harness command with the file the user named', () => {
    const run = start('fixtures/episodes/defects.md');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Electron is not installed here');
    expect(run.stderr).toContain('  npm run -s harness -- --port 5199 --episode fixtures/episodes/defects.md\n');
    expect(run.stderr).toContain('open the address it prints');
  });

  it('quotes a file name the shell would split, and leaves the file out when none was named', () => {
    expect(start("it's a show.md").stderr).toContain(`--episode 'it'\\''s a show.md'\n`);
    const bare = start().stderr;
    expect(bare).toContain('  npm run -s harness -- --port 5199\n');
    expect(bare).not.toContain('--episode');
  });
});
