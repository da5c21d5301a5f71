import type { TranscriptItem } from '../episode/items.js';
import { alignToCaptions } from './align.js';
import { keepTimes } from './apply.js';
import type { CaptionWord } from './captions.js';
import type { Alignment, AlignOptions } from './types.js';

/**
 * How words recognised in the audio are aligned to the text (`alignToCaptions(items, words,
 * AUDIO_ALIGN_OPTIONS)`): every turn gets a time, and starts move to the pauses the audio has.
 */
export const AUDIO_ALIGN_OPTIONS: AlignOptions = { timeUntimed: true, snapToPauses: true };

/** A turn's time that Align to Audio keeps while other turns lack one: given and not flagged estimated (matched to captions, or set by hand). */
export function hasSureTime(turn: { readonly sec?: number; readonly estimated?: boolean }): boolean {
  return turn.sec !== undefined && !turn.estimated;
}

/** An item that is a turn with a sure time (hasSureTime). */
export function isSureTurn(item: TranscriptItem | undefined): boolean {
  return item?.kind === 'turn' && hasSureTime(item);
}

/** Each turn's sure time (hasSureTime), or null: what places Align to Audio's windows. */
export function sureSecs(turns: readonly { readonly sec?: number; readonly estimated?: boolean }[]): (number | null)[] {
  return turns.map((turn) => (hasSureTime(turn) ? turn.sec! : null));
}

/**
 * Whether aligning to audio times only the turns without a sure time (skipping the audio between
 * sure ones), which is so when some turns have one and some do not; else every turn is timed, and
 * sure times, if all are, are checked against the audio.
 */
export function timesOnlyUnsure(turns: readonly { readonly sec?: number; readonly estimated?: boolean }[]): boolean {
  return turns.some(hasSureTime) && !turns.every(hasSureTime);
}

/**
 * The words heard in the audio aligned to the items: every turn is timed, except that a turn with a
 * sure time keeps it where its audio was not heard (`onlyUnsure`) or none of its words were matched,
 * since an estimate between matched turns must never replace a time the user trusts.
 */
export function alignToAudio(items: readonly TranscriptItem[], words: readonly CaptionWord[], isSure: (item: TranscriptItem) => boolean, onlyUnsure = false): Alignment {
  const alignment = alignToCaptions(items, words, AUDIO_ALIGN_OPTIONS);
  const matched = new Set(alignment.turns.flatMap((t) => (t.how === 'matched' ? [t.index] : [])));
  return keepTimes(alignment, (index) => isSure(items[index]!) && (onlyUnsure || !matched.has(index)));
}
