import { basename, extname, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { formatProblem, importedEpisode, parseTime, serializeEpisode, validateEpisode, type EpisodeDocument } from '../../shared/episode/index.js';
import { errorMessage } from '../../shared/errors.js';
import { IMPORT_FORMATS, ImportError, assignAlternating, importRaw, mergeImport, type FormatChoice, type ImportResult } from '../../shared/import/index.js';
import { loadEpisode, writeEpisode } from '../services/episodes.js';
import { readRawTranscript } from '../services/raw-transcript.js';
import { replaceRefusal } from './import-advice.js';
import { EXIT, UsageError, type CliIO } from './io.js';

/** Options of `episode import`. */
export interface ImportCommandOptions {
  readonly format: FormatChoice;
  /** Names to alternate over the turns without a speaker (`--speakers A,B`). */
  readonly speakers?: readonly string[];
  /** The audio's length: plain text gets times estimated from it. */
  readonly durationSec?: number;
  /** An episode to merge into instead of writing a new one. */
  readonly into?: string;
  /** Where to write; defaults to `into`. */
  readonly out: string;
  readonly replaceHeaders: boolean;
  readonly replaceTranscript: boolean;
  readonly sentenceCase: boolean;
  /** Overwrite an existing OUT that is not the `into` episode. */
  readonly force: boolean;
}

/** The `import` command line's options as `parseArgs` takes them. */
export const IMPORT_ARGS = {
  format: { type: 'string', default: 'auto' },
  speakers: { type: 'string' },
  duration: { type: 'string' },
  into: { type: 'string' },
  out: { type: 'string' },
  'replace-headers': { type: 'boolean', default: false },
  'replace-transcript': { type: 'boolean', default: false },
  'sentence-case': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
} as const;

/** Checks the parsed `import` arguments; throws UsageError on a wrong one. */
export function importOptions(values: { [K in keyof typeof IMPORT_ARGS]?: string | boolean }): ImportCommandOptions {
  const text = (key: keyof typeof IMPORT_ARGS) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  const format = text('format') ?? 'auto';
  if (format !== 'auto' && !(IMPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`episode import: --format must be one of auto, ${IMPORT_FORMATS.join(', ')}; got \`${format}\``);
  }
  const out = text('out') ?? text('into');
  if (out === undefined) throw new UsageError('episode import: name the file to write with --out OUT.md (or merge with --into EPISODE.md)');
  const speakers = text('speakers')?.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (speakers !== undefined && speakers.length === 0) throw new UsageError('episode import: --speakers takes names separated by commas, such as --speakers Alexey,Katie');
  const duration = text('duration');
  const durationSec = duration === undefined ? undefined : durationSeconds(duration);
  const into = text('into');
  return {
    format: format as FormatChoice,
    out,
    ...(speakers && { speakers }),
    ...(durationSec !== undefined && { durationSec }),
    ...(into !== undefined && { into }),
    replaceHeaders: values['replace-headers'] === true,
    replaceTranscript: values['replace-transcript'] === true,
    sentenceCase: values['sentence-case'] === true,
    force: values.force === true,
  };
}

function durationSeconds(text: string): number {
  const sec = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : parseTime(text)?.sec;
  if (sec === undefined || !(sec > 0)) throw new UsageError(`episode import: --duration takes seconds (3600) or a time (1:00:00); got \`${text}\``);
  return sec;
}

/**
 * `episode import [options] --out OUT.md RAW`: reads a raw transcript or chapter list and writes a new
 * episode, or merges into `--into EPISODE.md`. 0 when written, 1 when written with more error-level
 * problems than the target had (such as times going back in the input), 2 when nothing was written.
 */
export async function importCommand(raw: string, options: ImportCommandOptions, io: CliIO): Promise<number> {
  try {
    await refuseOverwrite(options);
    const { text: input, notice } = await readRawTranscript(raw, raw);
    if (notice !== undefined) io.err(notice);
    let result: ImportResult = importRaw(input, {
      file: raw,
      format: options.format,
      sentenceCase: options.sentenceCase,
      ...(options.durationSec !== undefined && { durationSec: options.durationSec }),
    });
    if (options.speakers && result.format !== 'chapters') result = { ...result, items: assignAlternating(result.items, options.speakers) };
    const { doc, notes, errorsBefore } = await target(raw, input, result, options);
    // Validated as written: as the file reads back, not as the document was built.
    const written = await writeEpisode(options.out, serializeEpisode(doc));
    const errors = validateEpisode(written).filter((p) => p.severity === 'error');
    io.err(summary(raw, result, [...result.notes, ...notes], options));
    if (errors.length <= errorsBefore) return EXIT.ok;
    // Errors the import brought in (such as times going back in the input): the file is written, for fixing in the editor.
    if (errorsBefore === 0) for (const p of errors) io.err(formatProblem(p));
    else io.err(`${options.out}: ${errors.length} error(s), ${errorsBefore} before the import; see \`episode check ${options.out}\``);
    return EXIT.problems;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    io.err(errorMessage(err));
    return EXIT.unreadable;
  }
}

/** The document to write (the import merged into `--into`, or a new episode titled after the raw file) and the errors its target had before. */
async function target(raw: string, input: string, result: ImportResult, options: ImportCommandOptions): Promise<{ doc: EpisodeDocument; notes: string[]; errorsBefore: number }> {
  if (options.into === undefined) {
    if (result.format === 'chapters') throw new ImportError(raw, null, 'a chapter list goes into an existing episode: pass --into EPISODE.md');
    return { doc: importedEpisode(basename(raw, extname(raw)), result.items, options.out), notes: [], errorsBefore: 0 };
  }
  const { doc } = await loadEpisode(options.into);
  const errorsBefore = validateEpisode(doc).filter((p) => p.severity === 'error').length;
  try {
    const merged = mergeImport(doc, result, options);
    const ignored = result.format === 'chapters' && options.replaceTranscript ? ['--replace-transcript ignored: chapters only add headers'] : [];
    return { doc: merged.doc, notes: [...merged.notes, ...ignored], errorsBefore };
  } catch (err) {
    if (err instanceof ImportError) throw replaceRefusal(err, input, result);
    throw err;
  }
}

async function refuseOverwrite(options: ImportCommandOptions): Promise<void> {
  if (options.force || (options.into !== undefined && resolve(options.into) === resolve(options.out))) return;
  const exists = await stat(options.out).then(() => true, () => false);
  if (exists) throw new Error(`${options.out}: already exists; choose another --out, merge with --into ${options.out}, or pass --force to overwrite it`);
}

function summary(raw: string, result: ImportResult, notes: readonly string[], options: ImportCommandOptions): string {
  const what =
    result.format === 'chapters'
      ? `${result.chapters.length} chapter(s)`
      : `${result.items.filter((i) => i.kind === 'turn').length} turns${result.estimated.size > 0 ? ` (${result.estimated.size} with estimated times)` : ''}`;
  const speakers = options.speakers && result.format !== 'chapters' ? `; speakers alternated: ${options.speakers.join(', ')}` : '';
  return `${raw}: ${result.format}, ${what}${speakers} -> ${options.out}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}
