/** Pure helpers for assigning speakers: alternation, renaming, fixing names, times for split turns. */
import type { TranscriptItem } from '../episode/items.js';
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
