import type { TranscriptItem } from '../episode/items.js';

/** The raw input formats the importers read. */
export const IMPORT_FORMATS = ['captions', 'text', 'transcript', 'srt', 'vtt', 'chapters'] as const;

/** One raw input format: video captions, plain text, word-processor transcript, SRT, WebVTT or a chapter list. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A format to read the input as, or `auto` to detect it. */
export type FormatChoice = ImportFormat | 'auto';

/** Turns read from a transcript-like input. */
export interface TranscriptImport {
  readonly format: Exclude<ImportFormat, 'chapters'>;
  /**
   * Turns (and headers, for inputs that have headings), in order; no turn carries keys beyond line,
   * sec, time, who. Typed as any transcript item so that later steps (speakers) can pass them on.
   */
  readonly items: readonly TranscriptItem[];
  /** Indexes into `items` whose times are estimates, to be flagged in the editor until confirmed. */
  readonly estimated: ReadonlySet<number>;
  /** What the importer did that the user should know (estimated times, dropped repeats, times going back). */
  readonly notes: readonly string[];
}

/** One chapter of a chapter list: a title starting at a time. */
export interface Chapter {
  readonly sec: number;
  readonly title: string;
  /** 1-based line in the input. */
  readonly line: number;
}

/** Chapters read from a chapter list, to be inserted as headers into an episode. */
export interface ChapterImport {
  readonly format: 'chapters';
  readonly chapters: readonly Chapter[];
  readonly notes: readonly string[];
}

/** What any importer returns; `format` tells which kind. */
export type ImportResult = TranscriptImport | ChapterImport;

/** An input that cannot be imported: the message names the file and, where the format breaks, the line. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${reason}`);
    this.name = 'ImportError';
  }
}

/** A line quoted for a message: trimmed, shortened to `max` characters. */
export function quoteLine(text: string, max = 40): string {
  const one = text.trim();
  return `“${one.length > max ? `${one.slice(0, max - 1)}…` : one}”`;
}
