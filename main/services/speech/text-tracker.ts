/**
 * Where in the text the audio is: the recogniser reads each window with a grammar of only the stretch
 * of text around the place the previous windows reached (a grammar of the whole text recognised more
 * words but at 1.4x real time; a stretch of a few hundred words keeps it fast), moving on as runs of
 * the text are recognised word for word.
 */

/** Words of text before the place reached that the next window may still say (the previous window's cut words, a repeat). */
const BEHIND = 40;
/** Words after the place reached that the next window may say: 30 s of fast speech (250 a minute) is 125. */
const AHEAD = 250;
/** How much further ahead each window that finds no run looks (music, an intro, speech not in the text). */
const WIDEN = 150;
/** The furthest ahead the stretch reaches, however long the text is not found. */
const MAX_AHEAD = 1000;
/** The widest stretch known times (known-stretch.ts) are taken as they are: wider, the tracker's stretch is moved inside them. */
const MAX_KNOWN = 600;
/** Scores of the local alignment of a window's words to the stretch: a word recognised as the text has it, and anything else. */
const MATCH = 2;
const MISS = -1;
/** A local alignment scoring less than this (about three words in a row) does not move the place. */
const MIN_SCORE = 3 * MATCH;

/** Word positions [from, to) of the text. */
export interface Stretch {
  readonly from: number;
  readonly to: number;
}

/** The stretch of text each window is recognised with, following the audio through the text. */
export class TextTracker {
  private place = 0;
  private ahead = AHEAD;

  constructor(private readonly sequence: readonly string[]) {}

  /**
   * The stretch of text to recognise the next window with: word positions [from, to). Given `known`
   * (where known times put the window), that stretch itself, or the tracker's moved inside it.
   */
  stretch(known?: Stretch | null): Stretch {
    const own = { from: Math.max(0, this.place - BEHIND), to: Math.min(this.sequence.length, this.place + this.ahead) };
    if (!known) return own;
    if (known.to - known.from <= MAX_KNOWN) return known;
    const width = Math.min(own.to - own.from, known.to - known.from);
    const from = Math.min(Math.max(own.from, known.from), known.to - width);
    return { from, to: from + width };
  }

  /**
   * Moves the place to the end of the best local alignment (Smith-Waterman) of `words` (the window's
   * words up to where the next window takes over) to the stretch's text, or widens the stretch when
   * none scores enough. Taking the furthest run of three matching words instead ran ahead of the
   * audio: a 20-minute episode's common phrases (`and i think`) recur everywhere. `stretch`: the one
   * the window was recognised with (default: the tracker's own).
   */
  follow(words: readonly string[], stretch: Stretch = this.stretch()): void {
    const { from, to } = stretch;
    const width = to - from;
    let row = new Int32Array(width + 1);
    let best = 0;
    let bestEnd = -1;
    for (const word of words) {
      const next = new Int32Array(width + 1);
      for (let j = 1; j <= width; j++) {
        const score = Math.max(0, row[j - 1]! + (this.sequence[from + j - 1] === word ? MATCH : MISS), row[j]! + MISS, next[j - 1]! + MISS);
        next[j] = score;
        if (score > best) {
          best = score;
          bestEnd = from + j;
        }
      }
      row = next;
    }
    // A place outside the stretch (known times put the window elsewhere) is wrong: the run found replaces it, even behind.
    const astray = this.place < from || this.place > to;
    if (best >= MIN_SCORE && (bestEnd > this.place || astray)) {
      this.place = bestEnd;
      this.ahead = AHEAD;
    } else {
      if (astray) this.place = Math.min(Math.max(this.place, from), to);
      this.ahead = Math.min(MAX_AHEAD, this.ahead + WIDEN);
    }
  }
}
