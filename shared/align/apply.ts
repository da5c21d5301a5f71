import { withSec } from '../episode/edit.js';
import type { TranscriptItem } from '../episode/items.js';
import { writtenSec } from './align.js';
import { summarise } from './summary.js';
import type { Alignment } from './types.js';

/**
 * The alignment with its starts put on the episode's timeline: the detected shift (an offset, or the
 * difference on each side of a cut) taken off each turn's caption time. The same alignment when none
 * was found or it is already undone.
 */
export function undoShift(alignment: Alignment): Alignment {
  const { shift } = alignment;
  if (!shift || alignment.shiftUndone) return alignment;
  const turns = alignment.turns.map((t) => {
    const by = shift.kind === 'offset' ? shift.seconds : shift.before + (t.index >= shift.atIndex ? shift.seconds : 0);
    return { ...t, sec: writtenSec(t.captionSec, t.oldSec, by, alignment.keepWithinSec) };
  });
  const { textWords, captionWords, matchedWords } = alignment.summary;
  return { ...alignment, turns, summary: summarise(turns, { textWords, captionWords, matchedWords }), shiftUndone: true };
}

/**
 * The items with the alignment's starts: each timed turn gets `sec` and `time` together, flagged
 * `estimated` when it was not matched (the flag is cleared on matched ones). Items the alignment leaves
 * as they were (same time, same flag) are the same objects, so the writer keeps their bytes.
 */
export function applyAlignment(items: readonly TranscriptItem[], alignment: Alignment): TranscriptItem[] {
  const result = [...items];
  for (const t of alignment.turns) {
    const item = items[t.index];
    if (item?.kind !== 'turn') throw new Error(`alignment: item ${t.index} is not a turn; align the items it was made from`);
    if (item.sec === t.sec && item.time !== undefined && Boolean(item.estimated) === t.estimated) continue;
    const timed = item.sec === t.sec && item.time !== undefined ? item : withSec(item, t.sec);
    const { estimated: _flag, ...rest } = timed;
    result[t.index] = t.estimated ? { ...rest, estimated: true } : rest;
  }
  return result;
}

/**
 * The alignment without the turns `keep` says to leave as they are (by item index): their times are
 * surer than the alignment's (an alignment of captions gave them, or the user) and, from the audio,
 * were not heard at all (recognition skipped them). The turns left are kept between the kept ones
 * around them, so that no time goes back past a sure one; the summary counts the turns left, and the
 * words compared and the shift are the whole alignment's.
 */
export function keepTimes(alignment: Alignment, keep: (index: number) => boolean): Alignment {
  const kept = alignment.turns.map((t) => keep(t.index));
  // The sure times around each turn left: the last one before it and the first one after it.
  const after: (number | undefined)[] = [];
  let next: number | undefined;
  for (let k = alignment.turns.length - 1; k >= 0; k--) {
    after[k] = next;
    if (kept[k]) next = alignment.turns[k]!.oldSec ?? next;
  }
  let before: number | undefined;
  const turns = alignment.turns.flatMap((t, k) => {
    if (kept[k]) {
      before = t.oldSec ?? before;
      return [];
    }
    const sec = Math.min(Math.max(t.sec, before ?? -Infinity), after[k] ?? Infinity);
    // Moved to a kept time, it is no longer where its words were heard: an estimate to check.
    return [sec === t.sec ? t : { ...t, sec, how: 'interpolated' as const, estimated: true }];
  });
  const { textWords, captionWords, matchedWords } = alignment.summary;
  return { ...alignment, turns, summary: summarise(turns, { textWords, captionWords, matchedWords }) };
}
