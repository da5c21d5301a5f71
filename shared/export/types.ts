import type { Problem } from '../episode/problems.js';

/** Every format an episode exports to. */
export const EXPORT_FORMATS = ['md', 'srt', 'vtt', 'podcast-json', 'podcast-chapters', 'chapters', 'txt', 'markdown', 'json'] as const;

/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The cleaning steps of the `md` export, applied in this order whatever order they are given in. */
export const CLEAN_STEPS = ['whitespace', 'zero-width', 'fold-paragraphs', 'safe-fixes', 'duration'] as const;

/** One cleaning step of the `md` export. */
export type CleanStep = (typeof CLEAN_STEPS)[number];

/** How many items (or frontmatter keys, for `duration`) each cleaning step changes. */
export type CleanCounts = Record<CleanStep, number>;

/** Options of `exportEpisode`; each format reads only its own. */
export interface ExportOptions {
  /** `md`: the cleaning steps to apply (none by default). */
  readonly clean?: readonly CleanStep[];
  /** `md`: export even while error-severity problems remain. */
  readonly force?: boolean;
  /** `srt`: start each turn's first cue with `Name: `. */
  readonly speakerPrefix?: boolean;
  /** `chapters`: repair what the video platforms' rules allow (first chapter moved to 0:00, chapters under 10 s dropped). */
  readonly fixChapters?: boolean;
}

/** What an export produced. */
export interface ExportResult {
  readonly format: ExportFormat;
  /** The exported file's contents (every format is text, in UTF-8). */
  readonly text: string;
  /** The file name extension, without the dot: `md`, `srt`, `vtt`, `json`, `txt`. */
  readonly extension: string;
  /** The suffix to put before the extension so that exports of one episode do not collide with it or each other: `''`, `.clean`, `.chapters`, `.transcript`. */
  readonly suffix: string;
  /** The media type to serve or save it as. */
  readonly mediaType: string;
  /** Things worth telling the user (a broken chapter rule, times that go back), one sentence each. */
  readonly warnings: readonly string[];
  /** `md` only: how many items each requested cleaning step changed. */
  readonly cleaned?: Partial<CleanCounts>;
}

/** An export that cannot be made (no times for subtitles, errors left in an `md` export without `force`). */
export class ExportError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    /** For a refused `md` export: the error-severity problems that remain. */
    readonly problems: readonly Problem[] = [],
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ExportError';
  }
}
