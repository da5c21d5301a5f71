import { buildTurns, type TurnBuildOptions } from './build-turns.js';
import { FORCED } from './paragraphs.js';
import type { TranscriptImport } from './types.js';
import { splitWords } from './words.js';
import { withSec } from '../episode/edit.js';
import type { Turn } from '../episode/items.js';
import { formatTime } from '../episode/time.js';

/** Options of the plain-text importer. */
export interface UntimedImportOptions extends TurnBuildOptions {
  /** The length of the audio: when known, each paragraph gets a time estimated from its place in the word count. */
  readonly durationSec?: number;
}

/** A line break inside a paragraph block is weak evidence of a new sentence (text may be hard-wrapped). */
const LINE_BREAK_SCORE = 0.5;

/**
 * Plain text without times to paragraphs: blank lines are kept as paragraph breaks, and runs without
 * them are split at the likeliest sentence ends and changes of speaker (the words around each
 * boundary, see `buildTurns`), a clause boundary only where a paragraph would otherwise run too long.
 * Times stay unknown, or with `durationSec` are spread over the duration by word count and listed
 * in `estimated`.
 */
export function importUntimed(text: string, options: UntimedImportOptions = {}): TranscriptImport {
  const words: string[] = [];
  const extra = new Map<number, number>();
  for (const block of text.split(/\r?\n[ \t\u00a0]*\r?\n/)) {
    if (words.length > 0 && block.trim() !== '') extra.set(words.length, FORCED);
    block.split(/\r?\n/).forEach((line, k) => {
      if (k > 0 && !extra.has(words.length)) extra.set(words.length, LINE_BREAK_SCORE);
      words.push(...splitWords(line));
    });
  }
  const turns = buildTurns({ words, extra }, options);
  const notes = [`${words.length} words split into ${turns.length} paragraphs; speakers not assigned`];
  const { durationSec } = options;
  if (durationSec === undefined || !(durationSec > 0)) {
    notes.push('times unknown');
    return { format: 'text', items: turns, estimated: new Set(), notes };
  }
  const items = spreadOverDuration(turns, durationSec);
  notes.push(`times estimated from a duration of ${durationSec} s (${formatTime(durationSec)}) by word count`);
  return { format: 'text', items, estimated: new Set(items.map((_, i) => i)), notes };
}

/** Turns timed by their place in the word count over `durationSec`: the first at 0, each later one in proportion to the words before it. */
export function spreadOverDuration<T extends Turn>(turns: readonly T[], durationSec: number): T[] {
  const counts = turns.map((t) => splitWords(t.line).length);
  const total = counts.reduce((a, b) => a + b, 0) || 1;
  let before = 0;
  return turns.map((turn, i) => {
    const sec = Math.floor((durationSec * before) / total);
    before += counts[i]!;
    return withSec(turn, sec);
  });
}
