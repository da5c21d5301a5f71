import type { TranscriptItem, Turn } from './items.js';

/** A stretch of the recording and who speaks in it. */
export interface SpeakerSpan {
  /** Index of the turn in the items. */
  readonly index: number;
  readonly who: string | undefined;
  readonly start: number;
  readonly end: number;
}

/**
 * Who speaks when: each timed turn runs to the next timed turn (the last to `durationSec` when known);
 * untimed continuation paragraphs in between share that stretch by word count. Turns before the first
 * time, and after the last one when the duration is unknown, get no span; time going back gives none.
 */
export function speakerSpans(items: readonly TranscriptItem[], durationSec?: number): SpeakerSpan[] {
  const turns = items.flatMap((item, index) => (item.kind === 'turn' ? [{ turn: item, index }] : []));
  const spans: SpeakerSpan[] = [];
  let group: { turn: Turn; index: number }[] = [];
  const close = (end: number | undefined) => {
    const start = group[0]?.turn.sec;
    if (start === undefined || end === undefined || end <= start) return;
    const words = group.map((g) => Math.max(1, wordCount(g.turn.line)));
    const total = words.reduce((a, b) => a + b, 0);
    let at = start;
    group.forEach((g, k) => {
      const length = ((end - start) * words[k]!) / total;
      spans.push({ index: g.index, who: g.turn.who, start: at, end: at + length });
      at += length;
    });
  };
  for (const entry of turns) {
    if (entry.turn.sec !== undefined) {
      close(entry.turn.sec);
      group = [entry];
    } else if (group.length > 0) group.push(entry);
  }
  close(durationSec);
  return spans;
}

/** Talk time of one speaker. */
export interface TalkTime {
  /** Undefined for turns without a speaker. */
  readonly who: string | undefined;
  readonly seconds: number;
  readonly turns: number;
  readonly words: number;
}

/** Seconds, turns and words per speaker (see `speakerSpans` for how time is counted), most talk first. */
export function talkTime(items: readonly TranscriptItem[], durationSec?: number): TalkTime[] {
  const totals = new Map<string | undefined, { seconds: number; turns: number; words: number }>();
  const entry = (who: string | undefined) => totals.get(who) ?? totals.set(who, { seconds: 0, turns: 0, words: 0 }).get(who)!;
  for (const item of items) {
    if (item.kind !== 'turn') continue;
    const e = entry(item.who);
    e.turns++;
    e.words += wordCount(item.line);
  }
  for (const span of speakerSpans(items, durationSec)) entry(span.who).seconds += span.end - span.start;
  return [...totals].map(([who, t]) => ({ who, ...t })).sort((a, b) => b.seconds - a.seconds || b.words - a.words);
}

/** The span playing at `time`: the last one starting at or before it, found by binary search, or undefined before the first. */
export function spanAt(spans: readonly SpeakerSpan[], time: number): SpeakerSpan | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  let found: SpeakerSpan | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= time) {
      found = spans[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
