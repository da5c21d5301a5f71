import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../main/cli/episode.js';
import type { CliIO } from '../../main/cli/io.js';

/** Runs the `episode` command line in-process, collecting what it prints. */
export async function runEpisodeCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), write: (t) => (out += t) };
  const code = await runCli(argv, io);
  return { code, out, err };
}

/** A fresh folder under the OS temp folder. */
export function tempDir(prefix = 'episode-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of a file, named `name`, in `dir` (a fresh temp folder by default): a test edits the copy, never the fixture. */
export function tempCopy(path: string, name = 'episode.md', dir = tempDir()): string {
  const copy = join(dir, name);
  copyFileSync(path, copy);
  return copy;
}
