/**
 * Turn starts moved to pauses, for words recognised from audio (whose times are where each word
 * starts, unlike captions' lines spread evenly): speakers take turns across a silence. On the
 * synthetic episode, a turn without a matched word and a turn whose first match was the previous
 * turn's last word (`behind it | It is not…`, the recogniser missing the second `it`) were each off
 * by 4-26 s; moved to the pause, each landed within 1 s.
 */

/** A silence at least this long (start to start of two recognised words) can be a change of turn. */
const MIN_PAUSE_SEC = 1.5;
/** A turn lasts at least this long: a pause ending sooner after the previous turn's start is before that turn, and one ending later than this before the next turn's is the next turn's. */
const MIN_TURN_SEC = 1;
/** An interpolated turn moves to the longest pause within this many recognised words either side. */
const INTERPOLATED_REACH = 15;
/** A matched turn moves only over this many words: its first match may be the previous turn's last word. */
const MATCHED_REACH = 2;

/**
 * The start to use instead of `sec` for a turn timed by `how`: the end of the longest pause near it
 * (before or after, for an estimate; just after its first matched words, for a match) that ends after
 * `floor` (the previous turn's start) and before `ceiling` (the next matched turn's) by a turn's least
 * length, or `sec` itself when there is none. `wordSec` are the recognised words' starts, in order.
 */
export function snapToPause(sec: number, how: 'matched' | 'interpolated' | 'repeat', wordSec: readonly number[], floor = -Infinity, ceiling = Infinity): number {
  if (how === 'repeat' || wordSec.length < 2) return sec;
  // The first word at or after the start.
  let lo = 0;
  let hi = wordSec.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (wordSec[mid]! < sec - 0.05) lo = mid + 1;
    else hi = mid;
  }
  const at = lo;
  const from = how === 'matched' ? at + 1 : at - INTERPOLATED_REACH;
  const to = at + (how === 'matched' ? MATCHED_REACH : INTERPOLATED_REACH);
  let best = -1;
  let longest = how === 'matched' ? pauseBefore(at, wordSec) : 0;
  for (let j = Math.max(1, from); j <= Math.min(wordSec.length - 1, to); j++) {
    const pause = wordSec[j]! - wordSec[j - 1]!;
    // The silence before the previous turn is that turn's: `Was this 2018? | 2018, yeah.` took it.
    if (pause > longest && wordSec[j]! >= floor + MIN_TURN_SEC && wordSec[j]! <= ceiling - MIN_TURN_SEC) {
      longest = pause;
      best = j;
    }
  }
  return best >= 0 && longest >= MIN_PAUSE_SEC ? wordSec[best]! : sec;
}

/** The silence before word `j` (none before the first). */
function pauseBefore(j: number, wordSec: readonly number[]): number {
  return j > 0 && j < wordSec.length ? wordSec[j]! - wordSec[j - 1]! : 0;
}
