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
