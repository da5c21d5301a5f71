/**
 * The stretch of text a window must hold when some turns' times are known already (from an alignment
 * of captions): from the last turn known to start before the window to the first known to start after
 * it. Caption times are whole seconds and sometimes a few seconds off, hence the slack; a window placed
 * this way is never lost, whatever the tracker (text-tracker.ts) made of the windows before it.
 */
import type { Stretch } from './text-tracker.js';

/** Seconds a known time may be off (captions: floored to whole seconds, some turns by up to 3 s). */
const SLACK_SEC = 5;
/** Words past the first turn known to start after the window: its first words may fall inside it. */
const SPILL = 20;

/** Where each turn's words start in the sequence of words the recogniser reads, and when it is known to start. */
export interface KnownTurn {
  readonly position: number;
  readonly sec: number;
}

/** The known turns of `texts` (those with a time in `knownSecs`), in order, given where each text's words start in the sequence. */
export function knownTurns(starts: readonly number[], knownSecs: readonly (number | undefined)[]): KnownTurn[] {
  const turns: KnownTurn[] = [];
  starts.forEach((position, k) => {
    const sec = knownSecs[k];
    // A time that goes back is a mistake of the seed, not of the audio: it is left out.
    if (sec !== undefined && Number.isFinite(sec) && (turns.length === 0 || sec >= turns.at(-1)!.sec)) turns.push({ position, sec });
  });
  return turns;
}

/**
 * Word positions [from, to) of a sequence of `length` words that the audio from `startSec` to `endSec`
 * must lie within, by the known turns; null when no known turn bounds it on either side.
 */
export function knownStretch(turns: readonly KnownTurn[], length: number, startSec: number, endSec: number): Stretch | null {
  let from = 0;
  let to = length;
  let bounded = false;
  for (const turn of turns) {
    if (turn.sec <= startSec - SLACK_SEC) {
      from = turn.position;
      bounded = true;
    } else if (turn.sec >= endSec + SLACK_SEC) {
      to = Math.min(length, turn.position + SPILL);
      bounded = true;
      break;
    }
  }
  return bounded ? { from, to } : null;
}

/** Seconds of audio [from, to) (`to` may be Infinity). */
export interface AudioSpan {
  readonly from: number;
  readonly to: number;
}

/**
 * The audio that must be recognised to time the turns whose time is not known (`knownSecs`, parallel
 * to the turns; undefined: not known): from the known turn before each run of them to the known turn
 * after it, with slack. Null (all of it) when no turn is known, or every turn is: then the known times
 * are there to be checked, and only seed the windows.
 */
export function unknownSpans(knownSecs: readonly (number | undefined)[]): AudioSpan[] | null {
  const known = (k: number) => knownSecs[k] !== undefined && Number.isFinite(knownSecs[k]);
  if (knownSecs.every((_, k) => known(k)) || !knownSecs.some((_, k) => known(k))) return null;
  const spans: AudioSpan[] = [];
  let before = 0;
  for (let k = 0; k < knownSecs.length; k++) {
    if (known(k)) {
      before = Math.max(before, knownSecs[k]!);
      continue;
    }
    let end = k;
    while (end < knownSecs.length && !known(end)) end++;
    const after = end < knownSecs.length ? knownSecs[end]! : Infinity;
    const from = Math.max(0, before - SLACK_SEC);
    const to = Math.max(after, before) + SLACK_SEC;
    const last = spans.at(-1);
    if (last && from <= last.to) spans[spans.length - 1] = { from: last.from, to: Math.max(last.to, to) };
    else spans.push({ from, to });
    k = end - 1;
  }
  return spans;
}
