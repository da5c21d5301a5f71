import type { YamlValue } from '../yaml/value.js';
import type { TranscriptItem } from './items.js';

/** How the file's own writer wrote it, so that edited pieces come out in the same style. */
export interface WriterStyle {
  /** False for older files that escape non-ASCII as `\u2019` (PyYAML's allow_unicode=False). */
  readonly allowUnicode: boolean;
  /** Columns before each transcript item's `- ` (0 in every PyYAML-written file). */
  readonly itemIndent: number;
  /** The line break the file uses (a file saved on Windows may use CRLF). */
  readonly eol?: '\n' | '\r\n';
}

/** A top-level frontmatter key with its value; `origin` holds its bytes while it is unedited. */
export interface FrontEntry {
  readonly key: string;
  readonly value: YamlValue;
  readonly origin?: { readonly text: string; readonly value: YamlValue; readonly line: number };
  /** Blank or comment lines after the entry, kept when it is edited. */
  readonly trivia?: string;
}

/** Where the transcript list sits in the frontmatter and the bytes around its items. */
export interface TranscriptLayout {
  /** Index of the `transcript` key in `entries`. */
  readonly entry: number;
  /** From the `transcript` key to the first item (`transcript:\n`). */
  readonly head: string;
  /** After the last item's trivia to the end of the entry's own text (normally empty). */
  readonly tail: string;
  /** True when the file holds the items as a block sequence, so that they can be written one by one. */
  readonly block: boolean;
}

/** An episode file read into its parts; writing it back unedited gives the same bytes. */
export interface EpisodeDocument {
  /** The file's name, for messages. */
  readonly file: string;
  /** Bytes before the opening `---` line (a stray line in one real file). */
  readonly preamble: string;
  /** The opening `---` line with its line break. */
  readonly opening: string;
  /** 1-based file line of the first frontmatter line. */
  readonly frontmatterLine: number;
  /** Frontmatter bytes before the first key (blank lines, comments). */
  readonly lead: string;
  /** The top-level keys, in file order; the `transcript` entry's value is not kept here but in `items`. */
  readonly entries: readonly FrontEntry[];
  /** Where the transcript sits, or undefined for a file without one. */
  readonly transcript?: TranscriptLayout;
  /** The transcript items. */
  readonly items: readonly TranscriptItem[];
  /** The closing `---` line and the Markdown body after it, byte for byte (with or without a final newline). */
  readonly end: string;
  readonly style: WriterStyle;
  /** Values PyYAML cannot build (kept byte for byte, reported by validation, refused by rewrite). */
  readonly loadErrors: readonly LoadError[];
  /**
   * Set when the frontmatter is one flow mapping (`{a: 1, b: 2}`, several keys to a line): what it
   * loads to. Its bytes (all in `lead`) are written back while it still loads to this; once anything
   * in it changes, the whole frontmatter is re-emitted in block style, as `rewriteEpisode` does.
   */
  readonly flowRoot?: ReadonlyMap<string, YamlValue>;
}

/** A value in the file that PyYAML cannot load, such as a mapping used as a key. */
export interface LoadError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A file that cannot be read as an episode: the message names the file, line and column. */
export class EpisodeParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'EpisodeParseError';
  }
}
