import { EpisodeParseError, formatProblem, hasErrors, validateEpisode, type Problem } from '../../shared/episode/index.js';
import { errorMessage } from '../../shared/errors.js';
import { loadEpisode } from '../services/episodes.js';
import { EncodingError } from '../services/files.js';
import { EXIT, type CliIO } from './io.js';

/** `episode check [--json] FILE...`: 0 when clean of errors, 1 with errors, 2 when a file cannot be read. */
export async function checkCommand(files: readonly string[], options: { json: boolean }, io: CliIO): Promise<number> {
  const all: Problem[] = [];
  let unreadable = false;
  // Files that failed without a place to report (missing, or an unexpected failure): counted as errors too.
  let failures = 0;
  for (const file of files) {
    try {
      // Not push(...problems): a huge file's hundred thousand problems would overflow the call's arguments.
      for (const problem of validateEpisode((await loadEpisode(file)).doc)) all.push(problem);
    } catch (err) {
      unreadable = true;
      if (err instanceof EpisodeParseError) {
        all.push({ file, index: null, line: err.line, column: err.column, code: 'yaml-error', severity: 'error', message: err.reason });
      } else if (err instanceof EncodingError) {
        all.push({ file, index: null, line: err.line, column: err.column, code: 'encoding-invalid', severity: 'error', message: err.reason });
      } else {
        failures++;
        io.err(errorMessage(err));
      }
    }
  }
  if (options.json) io.out(JSON.stringify(all, null, 2));
  else {
    for (const p of all) io.out(formatProblem(p));
    const errors = all.filter((p) => p.severity === 'error').length;
    io.err(`${files.length} file(s): ${errors + failures} error(s), ${all.length - errors} warning(s)`);
  }
  if (unreadable) return EXIT.unreadable;
  return hasErrors(all) ? EXIT.problems : EXIT.ok;
}
