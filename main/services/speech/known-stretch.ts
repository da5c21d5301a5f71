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
