import type { TranscriptItem } from './items.js';

/** Where a timed turn sits on the audio: from its `sec` to the next timed turn's `sec` (or the end). */
export interface TurnSpan {
  /** Index of the item in the transcript. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly who: string | undefined;
}

/**
 * The spans of the timed turns, in transcript order. A turn whose time goes back (a defect that
 * validation reports) gets an empty span, and the list is then not sorted near it.
 */
export function turnSpans(items: readonly TranscriptItem[], duration = Infinity): TurnSpan[] {
  const timed: { index: number; sec: number; who: string | undefined }[] = [];
  items.forEach((item, index) => {
    if (item.kind === 'turn' && item.sec !== undefined) timed.push({ index, sec: item.sec, who: item.who });
  });
  return timed.map((t, i) => {
    const next = timed[i + 1]?.sec ?? Math.max(duration, t.sec);
    return { index: t.index, start: t.sec, end: Math.max(t.sec, next), who: t.who };
  });
}

/** The span playing at `time`: the last one starting at or before it, found by binary search, or undefined before the first. */
export function spanAt(spans: readonly TurnSpan[], time: number): TurnSpan | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  let found: TurnSpan | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= time) {
      found = spans[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
