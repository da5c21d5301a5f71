/** Finds a constant offset or a cut between the caption timeline and the episode's current times. */
import type { TimelineShift, TurnTiming } from './types.js';

/** Differences smaller than this (seconds) are alignment noise, not a shift. */
const MIN_SHIFT = 3;
/** Matched turns within this many seconds of the shift's difference agree with it. */
const AGREE_SEC = 2;
/** The share of matched turns that must agree with a shift for it to be reported. */
const AGREE_SHARE = 0.7;
/** The fewest matched turns with a current time on each side of a cut (and for an offset). */
const MIN_TURNS = 3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted.length % 2 === 1 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
}

const agreeing = (diffs: readonly number[], centre: number): number => diffs.filter((d) => Math.abs(d - centre) <= AGREE_SEC).length;

/**
 * The shift the matched turns show (caption time minus current time): one offset for nearly all of
 * them, or one difference before a turn and another from it on. Null when there is none, or when the
 * differences are too scattered to say (times that were estimated, or wrong turn by turn).
 */
export function detectShift(turns: readonly TurnTiming[]): TimelineShift | null {
  const pairs = turns.filter((t, k) => t.how === 'matched' && t.oldSec !== undefined && !(k > 0 && turns[k - 1]!.captionSec === t.captionSec));
  if (pairs.length < MIN_TURNS) return null;
  const diffs = pairs.map((t) => t.captionSec - t.oldSec!);
  const whole = median(diffs);
  if (agreeing(diffs, whole) >= AGREE_SHARE * diffs.length) {
    return Math.abs(whole) >= MIN_SHIFT ? { kind: 'offset', seconds: Math.round(whole) } : null;
  }
  // A cut: try each place where the difference jumps, keep the split that the most turns agree with.
  let best: { at: number; before: number; after: number; agree: number } | undefined;
  for (let s = MIN_TURNS; s <= diffs.length - MIN_TURNS; s++) {
    if (Math.abs(diffs[s]! - diffs[s - 1]!) < MIN_SHIFT) continue;
    const before = median(diffs.slice(0, s));
    const after = median(diffs.slice(s));
    const agree = agreeing(diffs.slice(0, s), before) + agreeing(diffs.slice(s), after);
    if (!best || agree > best.agree) best = { at: s, before, after, agree };
  }
  if (!best || best.agree < AGREE_SHARE * diffs.length || Math.abs(best.after - best.before) < MIN_SHIFT) return null;
  const first = pairs[best.at]!;
  const before = Math.round(best.before);
  return { kind: 'cut', atIndex: first.index, atSec: first.oldSec!, before, seconds: Math.round(best.after) - before };
}
