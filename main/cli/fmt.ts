import { EpisodeParseError, normaliseEpisode, rewriteEpisode, serializeEpisode } from '../../shared/episode/index.js';
import { errorMessage } from '../../shared/errors.js';
import { loadEpisode, writeEpisode } from '../services/episodes.js';
import { EXIT, type CliIO } from './io.js';

/** Options of `episode fmt`. */
export interface FmtOptions {
  /** Only report whether a file would change (exit 1 if any would). */
  readonly check: boolean;
  /** Re-emit the whole frontmatter as PyYAML writes it. */
  readonly rewrite: boolean;
  /** Print the result instead of writing the file. */
  readonly stdout: boolean;
}

/** `episode fmt [--check] [--rewrite] [--stdout] FILE...`: normalise files in place. */
export async function fmtCommand(files: readonly string[], options: FmtOptions, io: CliIO): Promise<number> {
  if (options.stdout && files.length !== 1) {
    io.err('episode fmt: --stdout takes exactly one file');
    return EXIT.unreadable;
  }
  let failed = false;
  let wouldChange = false;
  for (const file of files) {
    try {
      const { text, doc } = await loadEpisode(file);
      const result = options.rewrite ? rewriteEpisode(doc) : serializeEpisode(normaliseEpisode(doc));
      const [unloadable] = doc.loadErrors;
      // Re-emitting an item would escape a character PyYAML refuses: a change the user did not ask for.
      if (unloadable && result !== text) {
        throw new EpisodeParseError(file, unloadable.line, unloadable.column, `not formatted: PyYAML cannot load this value: ${unloadable.message}`);
      }
      if (options.stdout) io.write(result);
      else if (result !== text) {
        wouldChange = true;
        if (options.check) io.out(`${file}: would change`);
        else {
          await writeEpisode(file, result);
          io.err(`${file}: formatted`);
        }
      }
    } catch (err) {
      failed = true;
      io.err(errorMessage(err));
    }
  }
  if (failed) return EXIT.unreadable;
  return options.check && wouldChange ? EXIT.problems : EXIT.ok;
}
