import { FIXABLE_CODES, SAFE_FIXES, fixEpisode, serializeEpisode, type ProblemCode } from '../../shared/episode/index.js';
import { errorMessage } from '../../shared/errors.js';
import { loadEpisode, writeEpisode } from '../services/episodes.js';
import { EXIT, UsageError, type CliIO } from './io.js';

/** Options of `episode fix`. */
export interface FixOptions {
  /** The problem codes to fix (SAFE_FIXES unless --only names others). */
  readonly codes: readonly ProblemCode[];
  /** Only list the fixes (exit 1 if there are any). */
  readonly check: boolean;
}

/** The codes of `--only a,b`: each must be a code that has a fix; unknown ones are named in a usage error. */
export function fixCodes(only: string | undefined): readonly ProblemCode[] {
  if (only === undefined) return SAFE_FIXES;
  const names = only.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = names.filter((name) => !(FIXABLE_CODES as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    const what = names.length === 0 ? 'no code given' : `no fix for ${unknown.map((c) => `\`${c}\``).join(', ')}`;
    throw new UsageError(`episode fix: --only: ${what}; the codes with fixes are ${FIXABLE_CODES.join(', ')}`);
  }
  return names as ProblemCode[];
}

/** `episode fix [--only CODE,...] [--check] FILE...`: applies the fixes in place, printing each as `file:line: code: what changed`. */
export async function fixCommand(files: readonly string[], options: FixOptions, io: CliIO): Promise<number> {
  let failed = false;
  let total = 0;
  for (const file of files) {
    try {
      const { text, doc } = await loadEpisode(file);
      const { doc: fixed, applied } = fixEpisode(doc, options.codes);
      for (const { fix, line } of applied) io.out(`${file}${line === null ? '' : `:${line}`}: ${fix.code}: ${fix.description}`);
      total += applied.length;
      const result = serializeEpisode(fixed);
      if (!options.check && result !== text) await writeEpisode(file, result);
    } catch (err) {
      failed = true;
      io.err(errorMessage(err));
    }
  }
  const done = options.check ? 'to make' : 'made';
  io.err(`${files.length} file(s): ${total} fix(es) ${done}`);
  if (failed) return EXIT.unreadable;
  return options.check && total > 0 ? EXIT.problems : EXIT.ok;
}
