import type { TranscriptItem } from './items.js';

/** Every kind of problem validation reports. */
export const PROBLEM_CODES = [
  'yaml-error',
  // A file that is not valid UTF-8 (main/services/files.ts EncodingError): never opened, never written.
  'encoding-invalid',
  'sec-decreasing',
  'time-sec-mismatch',
  'time-malformed',
  'time-unquoted',
  'who-missing',
  'who-suspicious',
  'line-empty',
  'line-duplicate',
  'header-run',
  'item-unknown',
  'duration-mismatch',
  'key-duplicate',
] as const;

/** One kind of problem. */
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Errors break the site or its readers; warnings are worth a look. */
export type Severity = 'error' | 'warning';

/** One thing wrong with an episode file. */
export interface Problem {
  /** The file, as named to the reader. */
  readonly file: string;
  /** 0-based index in `transcript`, or null for a problem of the whole file. */
  readonly index: number | null;
  /** 1-based line in the file, or null for an item not yet saved. */
  readonly line: number | null;
  /** 1-based column, where known (YAML errors). */
  readonly column?: number;
  readonly code: ProblemCode;
  readonly severity: Severity;
  /** A sentence for people. */
  readonly message: string;
}

/** `file:line: severity code: message`, the one-line form the command line prints. */
export function formatProblem(p: Problem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}`;
  return `${where}: ${p.severity} ${p.code}: ${p.message}`;
}

/** An item as people find it on screen: a turn by its time and speaker, a header by its title. */
export function itemLabel(item: TranscriptItem | undefined): string {
  if (!item) return 'an item';
  if (item.kind === 'header') return `the header “${shortText(item.header)}”`;
  if (item.kind === 'unknown') return 'an unknown item';
  const who = item.who?.trim() ? ` (${shortText(item.who)})` : '';
  return item.time !== undefined ? `the turn at ${item.time}${who}` : `the paragraph “${shortText(item.line, 30)}”${who}`;
}

/** A text cut to one short line, for messages. */
export function shortText(text: string, max = 60): string {
  const one = text.replace(/\n/g, '⏎');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
