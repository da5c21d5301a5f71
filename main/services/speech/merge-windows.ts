/**
 * Joins the words recognised in overlapping windows into one timeline: each stretch of audio is read
 * from the window it sits nearest the middle of, so that words cut at a window's edge (misheard, or
 * half there) are taken from the other window, where they are whole.
 */
import type { CaptionWord } from '../../../shared/align/index.js';

/** Words of one window, their starts in seconds from the start of the file. */
export interface WindowWords {
  readonly startSec: number;
  readonly endSec: number;
  readonly words: readonly CaptionWord[];
}

/** The words of consecutive windows (in order, overlapping by at most half a window), each said once. */
export function mergeWindows(windows: readonly WindowWords[]): CaptionWord[] {
  const merged: CaptionWord[] = [];
  windows.forEach((w, k) => {
    const before = windows[k - 1];
    const after = windows[k + 1];
    // The cut is halfway through each overlap.
    const from = before ? (w.startSec + before.endSec) / 2 : -Infinity;
    const to = after ? (after.startSec + w.endSec) / 2 : Infinity;
    for (const word of w.words) if (word.sec >= from && word.sec < to) merged.push(word);
  });
  return merged;
}
