/**
 * Times for every paragraph of a transcript, in milliseconds, as subtitles and timed JSON need them:
 * a timed turn and the untimed paragraphs after it share the time up to the next timed turn, split
 * by their words; times never go back, and the last turn gets the time its words take to say.
 */
import type { EpisodeDocument } from '../episode/document.js';
import { formatTime } from '../episode/time.js';
import { oneLine, wordsOf } from './text.js';

/** One paragraph of the transcript with its time. */
export interface TimedParagraph {
  /** 0-based index in `transcript`. */
  readonly index: number;
  readonly who: string | undefined;
  /** The text on one line. */
  readonly text: string;
  readonly words: readonly string[];
  readonly startMs: number;
  readonly endMs: number;
}

/** A paragraph is never shown for less than this, and never overlaps the next. */
export const MIN_CUE_MS = 1000;
/** How long one word takes to say, for the last turn, which has no next turn to end at (150 words a minute). */
export const MS_PER_WORD = 400;

/** The document's paragraphs with times; throws when the transcript has no times at all (the caller names the format). */
export function timedParagraphs(doc: Pick<EpisodeDocument, 'items'>): { paragraphs: TimedParagraph[]; warnings: string[]; timed: boolean } {
  const warnings: string[] = [];
  // Spans: each timed turn starts one; untimed paragraphs join the span before them (paragraphs before the first timed turn start at 0).
  const spans: { startMs: number; members: { index: number; who: string | undefined; text: string; words: string[] }[] }[] = [{ startMs: 0, members: [] }];
  let timed = false;
  let wentBack = 0;
  let firstBack: string | undefined;
  doc.items.forEach((item, index) => {
    if (item.kind !== 'turn') return;
    if (item.sec !== undefined) {
      const previous = spans[spans.length - 1]!;
      let startMs = Math.round(item.sec * 1000);
      if (startMs < previous.startMs) {
        wentBack++;
        firstBack ??= `${formatTime(item.sec)} after ${formatTime(previous.startMs / 1000)}`;
        startMs = previous.startMs;
      }
      timed = true;
      spans.push({ startMs, members: [] });
    }
    const text = oneLine(item.line);
    if (text !== '') spans[spans.length - 1]!.members.push({ index, who: item.who?.trim() || undefined, text, words: wordsOf(text) });
  });
  if (wentBack > 0) warnings.push(`${wentBack} turn time(s) go back (the first: ${firstBack}); they are exported in file order, each at the time before it`);

  const paragraphs: TimedParagraph[] = [];
  spans.forEach((span, i) => {
    const wordCount = span.members.reduce((n, m) => n + Math.max(1, m.words.length), 0);
    if (wordCount === 0) return;
    const next = spans[i + 1];
    const endMs = next ? next.startMs : span.startMs + Math.max(MIN_CUE_MS, wordCount * MS_PER_WORD);
    let before = 0;
    for (const member of span.members) {
      const count = Math.max(1, member.words.length);
      const at = (n: number) => span.startMs + Math.round(((endMs - span.startMs) * n) / wordCount);
      paragraphs.push({ ...member, startMs: at(before), endMs: at(before + count) });
      before += count;
    }
  });
  return { paragraphs, warnings, timed };
}

/**
 * Makes a run of timed pieces play one after another: each starts no earlier than the one before it
 * ends and lasts at least `minMs` (a piece pushed later pushes the next, until a gap takes it up).
 */
export function sequenced<T extends { startMs: number; endMs: number }>(pieces: readonly T[], minMs = MIN_CUE_MS): T[] {
  let lastEnd = 0;
  return pieces.map((piece) => {
    const startMs = Math.max(piece.startMs, lastEnd);
    const endMs = Math.max(piece.endMs, startMs + minMs);
    lastEnd = endMs;
    return { ...piece, startMs, endMs };
  });
}
