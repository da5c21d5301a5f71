/** Pure helpers for assigning speakers: alternation, renaming, fixing names, times for split turns, talk time. */
import type { TranscriptItem, Turn } from '../episode/items.js';
import { speakerCounts, speakerSuspicion } from '../episode/speakers.js';
import { splitWords } from './words.js';

/**
 * Gives the turns without a speaker the names in turn (`A`, `B`, `A`, ...): a starting point to
 * correct by hand. Turns that already have a speaker (from `Name:` lines or voice tags) keep it.
 */
export function assignAlternating<T extends TranscriptItem>(items: readonly T[], names: readonly string[]): T[] {
  if (names.length === 0) return [...items];
  let next = 0;
  return items.map((item) => (item.kind !== 'turn' || item.who !== undefined ? item : { ...item, who: names[next++ % names.length]! }));
}

/** Every turn spoken by `from` now spoken by `to`; other items are returned as they are. */
export function renameSpeaker<T extends TranscriptItem>(items: readonly T[], from: string, to: string): T[] {
  return items.map((item) => (item.kind === 'turn' && item.who === from && from !== to ? { ...item, who: to } : item));
}

/** The name a suspicious speaker value should be (`Alexey:` → `Alexey`, `Alexeylexey` → `Alexey`), or undefined when it looks fine or no fix is known. */
export function fixSpeakerName(who: string, counts: ReadonlyMap<string, number>): string | undefined {
  const suggestion = speakerSuspicion(who, counts)?.suggestion;
  return suggestion !== undefined && suggestion !== '' && suggestion !== who ? suggestion : undefined;
}

/** One suggested speaker fix: rename every `from` to `to`. */
export interface SpeakerFix {
  readonly from: string;
  readonly to: string;
  /** Why `from` looks wrong, for people. */
  readonly reason: string;
  /** How many turns have `from`. */
  readonly count: number;
}

/** The speaker names that look wrong and what to rename them to, most used first. Apply one with `renameSpeaker`. */
export function speakerFixes(items: readonly TranscriptItem[]): SpeakerFix[] {
  const counts = speakerCounts(items);
  return [...counts].flatMap(([from, count]) => {
    const suspicion = speakerSuspicion(from, counts);
    const to = fixSpeakerName(from, counts);
    return suspicion && to !== undefined ? [{ from, to, reason: suspicion.reason, count }] : [];
  });
}

/** A whole-second time `fraction` of the way from `prevSec` to `nextSec` (rounded down, never outside them): for the second half of a split turn. */
export function interpolateTime(prevSec: number, nextSec: number, fraction: number): number {
  const share = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const sec = Math.floor(prevSec + (nextSec - prevSec) * share);
  return Math.min(Math.max(sec, Math.min(prevSec, nextSec)), Math.max(prevSec, nextSec));
}

/** The share of a turn's words before a character offset (where the turn is split), for `interpolateTime`. */
export function wordFraction(line: string, offset: number): number {
  const total = splitWords(line).length;
  return total === 0 ? 0 : splitWords(line.slice(0, Math.max(0, offset))).length / total;
}

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
    const words = group.map((g) => Math.max(1, splitWords(g.turn.line).length));
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
    e.words += splitWords(item.line).length;
  }
  for (const span of speakerSpans(items, durationSec)) entry(span.who).seconds += span.end - span.start;
  return [...totals].map(([who, t]) => ({ who, ...t })).sort((a, b) => b.seconds - a.seconds || b.words - a.words);
}
