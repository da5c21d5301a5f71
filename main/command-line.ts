import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The episode path given on the command line, made absolute, or null when there is none.
 * `argv` is the process's own: `[electron, '.', file]` when run as `electron .` (a "default app"),
 * `[app, file]` when installed. Switches (`--inspect`, Chromium's own, macOS's `-psn_…`) are skipped.
 * A `file://` URL (what a Linux desktop entry's `%U` passes) is the file it names.
 */
export function episodePathFromArgv(argv: readonly string[], options: { defaultApp: boolean; cwd: string }): string | null {
  const positional = argv.slice(1).filter((arg) => !arg.startsWith('-'));
  // Run as `electron <app folder> file`, the first positional argument is the app folder.
  const file = options.defaultApp ? positional[1] : positional[0];
  if (!file) return null;
  if (/^file:/i.test(file)) return fileURLToPath(file);
  return isAbsolute(file) ? file : resolve(options.cwd, file);
}
