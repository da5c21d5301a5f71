import { mkdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { formatProblem, type EpisodeDocument } from '../../shared/episode/index.js';
import { errorMessage } from '../../shared/errors.js';
import { CLEAN_STEPS, EXPORT_FORMATS, ExportError, exportEpisode, exportFileName, isExportFormat, type CleanStep, type ExportFormat } from '../../shared/export/index.js';
import { loadEpisode } from '../services/episodes.js';
import { exportTo } from '../services/exports.js';
import { isSameFile } from '../services/paths.js';
import { EXIT, UsageError, type CliIO } from './io.js';

/** Options of `episode export`. */
export interface ExportCommandOptions {
  /** The formats to write (`--to srt` or `--to srt,vtt`). */
  readonly formats: readonly (ExportFormat | 'docx')[];
  /** `md`: the cleaning steps (`--clean whitespace,duration` or `--clean all`). */
  readonly clean: readonly CleanStep[];
  /** `md`: export even while errors remain. */
  readonly force: boolean;
  /** `srt`: `Name: ` before each turn. */
  readonly speakerPrefix: boolean;
  /** `chapters`: move the first to 0:00, drop chapters under 10 s. */
  readonly fixChapters: boolean;
  /** A file (one episode, one format) or a folder; standard output when absent. */
  readonly out?: string;
}

/** The `export` command line's options as `parseArgs` takes them. */
export const EXPORT_ARGS = {
  to: { type: 'string' },
  clean: { type: 'string' },
  force: { type: 'boolean', default: false },
  'speaker-prefix': { type: 'boolean', default: false },
  'fix-chapters': { type: 'boolean', default: false },
  out: { type: 'string' },
} as const;

/** Checks the parsed `export` arguments; throws UsageError on a wrong one. */
export function exportOptions(values: { [K in keyof typeof EXPORT_ARGS]?: string | boolean }): ExportCommandOptions {
  const list = (text: string) => text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (typeof values.to !== 'string') throw new UsageError(`episode export: name the format with --to (${[...EXPORT_FORMATS, 'docx'].join(', ')})`);
  const names = list(values.to);
  const unknown = names.filter((n) => n !== 'docx' && !isExportFormat(n));
  if (names.length === 0 || unknown.length > 0) {
    const what = names.length === 0 ? 'no format given' : `unknown format ${unknown.map((n) => `\`${n}\``).join(', ')}`;
    throw new UsageError(`episode export: --to: ${what}; the formats are ${[...EXPORT_FORMATS, 'docx'].join(', ')}`);
  }
  const formats = [...new Set(names)] as (ExportFormat | 'docx')[];
  let clean: CleanStep[] = [];
  if (typeof values.clean === 'string') {
    const steps = list(values.clean);
    const bad = steps.filter((s) => s !== 'all' && !(CLEAN_STEPS as readonly string[]).includes(s));
    if (steps.length === 0 || bad.length > 0) {
      throw new UsageError(`episode export: --clean: ${steps.length === 0 ? 'no step given' : `unknown step ${bad.map((s) => `\`${s}\``).join(', ')}`}; the steps are ${CLEAN_STEPS.join(', ')} (or all)`);
    }
    if (!formats.includes('md')) throw new UsageError('episode export: --clean cleans the episode itself: use it with --to md');
    clean = steps.includes('all') ? [...CLEAN_STEPS] : (steps as CleanStep[]);
  }
  return {
    formats,
    clean,
    force: values.force === true,
    speakerPrefix: values['speaker-prefix'] === true,
    fixChapters: values['fix-chapters'] === true,
    ...(typeof values.out === 'string' && { out: values.out }),
  };
}

/**
 * `episode export --to FORMAT[,FORMAT] [--clean STEPS] [--force] [--speaker-prefix] [--fix-chapters] [--out FILE|DIR] EPISODE.md...`:
 * to standard output for one episode and one format without --out; otherwise each export is written
 * atomically to FILE, or into DIR named after its episode (`episode.srt`, `episode.chapters.txt`),
 * never over an episode named on the command line. 0 when every export is made, 1 when one is
 * refused (errors left in an `md` export without --force, no times for subtitles), 2 when a file
 * cannot be read or written.
 */
export async function exportCommand(files: readonly string[], options: ExportCommandOptions, io: CliIO): Promise<number> {
  const count = files.length * options.formats.length;
  const dir = options.out !== undefined && (count > 1 || /[/\\]$/.test(options.out) || (await isDirectory(options.out)));
  if (options.out === undefined && count > 1) throw new UsageError('episode export: several exports go to files: name a folder with --out DIR');
  if (options.out === undefined && options.formats.includes('docx')) throw new UsageError('episode export: DOCX is binary: name the file with --out FILE.docx (or a folder)');
  if (dir) await mkdir(options.out!, { recursive: true });
  let refused = false;
  let failed = false;
  for (const file of files) {
    let loaded;
    try {
      loaded = await loadEpisode(file);
    } catch (err) {
      failed = true;
      io.err(errorMessage(err));
      continue;
    }
    for (const format of options.formats) {
      try {
        const result = format === 'docx' ? await docx(loaded.doc) : exportEpisode(loaded.doc, format, { clean: options.clean, force: options.force, speakerPrefix: options.speakerPrefix, fixChapters: options.fixChapters });
        for (const warning of result.warnings) io.err(`${file}: warning: ${format}: ${warning}`);
        const cleaned = 'cleaned' in result && result.cleaned && Object.entries(result.cleaned).map(([step, n]) => `${step} ${n}`).join(', ');
        if (options.out === undefined) {
          if ('text' in result) io.write(result.text);
          continue;
        }
        const target = dir ? join(options.out, exportFileName(basename(file), format)) : options.out;
        await refuseSources(target, files);
        await exportTo(resolve(target), 'bytes' in result ? result.bytes : result.text, { source: resolve(file), isSample: async () => false });
        io.err(`${file} -> ${target} (${format}${cleaned ? `; cleaned: ${cleaned}` : ''})`);
      } catch (err) {
        if (err instanceof ExportError) {
          refused = true;
          for (const p of err.problems) io.err(formatProblem(p));
          io.err(`${err.file}: not exported to ${format}: ${err.reason}${err.problems.length > 0 ? ' (pass --force to export anyway)' : ''}`);
        } else {
          failed = true;
          io.err(errorMessage(err));
        }
      }
    }
  }
  if (failed) return EXIT.unreadable;
  return refused ? EXIT.problems : EXIT.ok;
}

/** A DOCX export; the `docx` package loads only when one is asked for. */
async function docx(doc: EpisodeDocument): Promise<{ bytes: Uint8Array; warnings: readonly string[] }> {
  const { exportDocx } = await import('../../shared/export/docx.js');
  return { bytes: await exportDocx(doc), warnings: [] };
}

/** An export never replaces an episode named on the command line. */
async function refuseSources(target: string, files: readonly string[]): Promise<void> {
  for (const file of files) {
    if (await isSameFile(target, file)) throw new Error(`${target}: not exported: that is the episode ${file} itself; choose another --out`);
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}
