/**
 * Times of words inside a timed stretch of lines (a timed turn, its untimed continuation paragraphs,
 * up to the next timed turn), interpolated by word position: with no word timings in the file, the
 * k-th of n words is taken to start k/n of the way from the stretch's start to its end.
 */
import type { TranscriptItem } from './items.js';

/** A timed stretch of items: from a timed turn to just before the next timed turn. */
export interface TimedStretch {
  /** The index of the timed turn it starts with. */
  readonly first: number;
  /** The index after its last item (the next timed turn's, or the number of items). */
  readonly end: number;
  /** Its start, in seconds (the first turn's `sec`). */
  readonly start: number;
  /** Its end, in seconds (the next timed turn's `sec`), where there is a next timed turn. */
  readonly stop: number | undefined;
}

/** A word of a stretch: the item it is in, and where it starts in that item's line. */
export interface WordPlace {
  readonly index: number;
  readonly offset: number;
}

/** Where each word (a run of non-space characters) of a text starts. */
export function wordStarts(text: string): number[] {
  return [...text.matchAll(/\S+/g)].map((m) => m.index);
}

/** The timed stretch the item at `index` is in, or undefined before the first timed turn. */
export function stretchAt(items: readonly TranscriptItem[], index: number): TimedStretch | undefined {
  let first = Math.min(index, items.length - 1);
  while (first >= 0 && !isTimed(items[first])) first--;
  const head = items[first];
  if (head?.kind !== 'turn' || head.sec === undefined) return undefined;
  let end = first + 1;
  while (end < items.length && !isTimed(items[end])) end++;
  const next = items[end];
  return { first, end, start: head.sec, stop: next?.kind === 'turn' ? next.sec : undefined };
}

function isTimed(item: TranscriptItem | undefined): boolean {
  return item?.kind === 'turn' && item.sec !== undefined;
}

/** The words of a stretch in order; `lineText(i)` is item i's text (headers and other items have no spoken words). */
export function stretchWords(items: readonly TranscriptItem[], stretch: TimedStretch, lineText: (index: number) => string): WordPlace[] {
  const words: WordPlace[] = [];
  for (let i = stretch.first; i < stretch.end; i++) {
    if (items[i]?.kind !== 'turn') continue;
    for (const offset of wordStarts(lineText(i))) words.push({ index: i, offset });
  }
  return words;
}

/** The stretch's end in seconds: the next timed turn's, else `fallback` (the audio's length), when later than its start. */
function stopOf(stretch: TimedStretch, fallback: number | undefined): number | undefined {
  const stop = stretch.stop ?? fallback;
  return stop !== undefined && stop > stretch.start ? stop : undefined;
}

/**
 * About when the word at `offset` of item `index` starts: the word's share of the stretch's words
 * (the word the offset is in, or the next one after spaces). The stretch's start when its end is unknown.
 */
export function timeOfWord(words: readonly WordPlace[], stretch: TimedStretch, index: number, offset: number, fallbackStop?: number): number {
  const stop = stopOf(stretch, fallbackStop);
  if (stop === undefined || words.length === 0) return stretch.start;
  // The last word starting at or before the offset, in this item (or this item's first word, clicked before it).
  let k = words.findIndex((w) => w.index === index);
  if (k < 0) k = words.findIndex((w) => w.index > index);
  if (k < 0) return stretch.start;
  while (k + 1 < words.length && words[k + 1]!.index === index && words[k + 1]!.offset <= offset) k++;
  return stretch.start + ((stop - stretch.start) * k) / words.length;
}

/** The word playing at `sec` in a stretch (the k-th of n words plays from k/n of the way), or undefined when the stretch's end is unknown. */
export function wordAtTime(words: readonly WordPlace[], stretch: TimedStretch, sec: number, fallbackStop?: number): { readonly word: number; readonly place: WordPlace } | undefined {
  const stop = stopOf(stretch, fallbackStop);
  if (stop === undefined || words.length === 0) return undefined;
  const share = (sec - stretch.start) / (stop - stretch.start);
  const word = Math.min(words.length - 1, Math.max(0, Math.floor(share * words.length)));
  return { word, place: words[word]! };
}
