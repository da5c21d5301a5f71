/**
 * Where in the text the audio is: the recogniser reads each window with a grammar of only the stretch
 * of text around the place the previous windows reached (a grammar of the whole text recognised more
 * words but at 1.4x real time; a stretch of a few hundred words keeps it fast), moving on as runs of
 * the text are recognised word for word. Audio not in the text (an intro, a note) recognises no run;
 * text not in the audio (a cut paragraph) is skipped once a run past it is found.
 */

/** Words of text before the place reached that the next window may still say (the previous window's cut words, a repeat). */
const BEHIND = 40;
/** Words after the place reached that the next window may say: 30 s of fast speech (250 a minute) is 125. */
const AHEAD = 250;
/** How much further ahead each window that finds no sure run looks (music, an intro, speech not in the text, text not spoken). */
const WIDEN = 150;
/** The furthest ahead the stretch reaches, however long the text is not found. */
const MAX_AHEAD = 1000;
/** The widest stretch known times (known-stretch.ts) are taken as they are: wider, the tracker's stretch is moved inside them. */
const MAX_KNOWN = 600;
/** How far past the place a weak run may move it: what a window's 30 s of fast speech say, and some. */
const NEAR = 150;
/** Scores of the local alignment of a window's words to the stretch: a word recognised as the text has it, and anything else. */
const MATCH = 2;
const MISS = -1;
/** A local alignment scoring less than this (about three words in a row) does not move the place. */
const MIN_SCORE = 3 * MATCH;
/**
 * A run scoring this is sure: it may move the place anywhere in the stretch, back too. The sample's
 * windows of speech read with the right stretch scored 19-58, those read with a wrong one or of music
 * 2-10; trusting a run of 6 (8 words recognised at the end of a long pause) made the tracker jump 220
 * words ahead of the audio and never come back.
 */
export const SURE_SCORE = 8 * MATCH;

/** Word positions [from, to) of the text. */
export interface Stretch {
  readonly from: number;
  readonly to: number;
}

/** `stretch` moved inside `bounds` (and cut to them if wider). */
function inside(stretch: Stretch, bounds: Stretch): Stretch {
  const width = Math.min(stretch.to - stretch.from, bounds.to - bounds.from);
  const from = Math.min(Math.max(stretch.from, bounds.from), bounds.to - width);
  return { from, to: from + width };
}

/** The stretch of text each window is recognised with, following the audio through the text. */
export class TextTracker {
  /** Where the audio has reached, by the last run found. */
  private place = 0;
  /** Where the last sure run put it: the stretch reaches back to here, in case the weak runs since were wrong. */
  private sure = 0;
  private ahead = AHEAD;

  constructor(private readonly sequence: readonly string[]) {}

  /**
   * The stretch of text to recognise the next window with: word positions [from, to), around the
   * place. Given `known` (where known times put the window), that stretch itself, or the tracker's
   * moved inside it.
   */
  stretch(known?: Stretch | null): Stretch {
    return this.stretches(known)[0]!;
  }

  /**
   * The stretches to try the next window with, in order, until one gives a sure run (SURE_SCORE): the
   * stretch around the place, then, when the tracker is unsure, one from the last sure place to as
   * far ahead as the windows since have looked (the audio may be behind weak runs, or past text not spoken).
   */
  stretches(known?: Stretch | null): Stretch[] {
    if (known && known.to - known.from <= MAX_KNOWN) return [known];
    const length = this.sequence.length;
    const near = { from: Math.max(0, this.place - BEHIND), to: Math.min(length, this.place + AHEAD) };
    const wide = { from: Math.max(0, Math.min(this.sure, this.place) - BEHIND), to: Math.min(length, this.place + this.ahead) };
    const tries = wide.from < near.from || wide.to > near.to ? [near, wide] : [near];
    return known ? tries.map((s) => inside(s, known)) : tries;
  }

  /** How well `words` follow the text of `stretch`: the best local alignment's score. */
  score(words: readonly string[], stretch: Stretch): number {
    return this.bestRun(words, stretch.from, stretch.to).best;
  }

  /**
   * Moves the place to the end of the best local alignment (Smith-Waterman) of `words` (a window's
   * words) to the stretch's text: anywhere for a sure run, a little ahead for a weak one; and looks
   * further ahead next time unless the run was sure. Taking the furthest run of three matching
   * words instead ran ahead of the audio: a 20-minute episode's
   * common phrases (`and i think`) recur everywhere. `stretch`: the one the window was recognised
   * with (default: the tracker's own).
   */
  follow(words: readonly string[], stretch: Stretch = this.stretch()): void {
    const { from, to } = stretch;
    const { best, end } = this.bestRun(words, from, to);
    // A place outside the stretch (known times put the window elsewhere) is wrong: a run found in the stretch replaces it.
    const astray = this.place < from || this.sure > to;
    if (best >= SURE_SCORE || (astray && best >= MIN_SCORE)) {
      this.place = this.sure = end;
      this.ahead = AHEAD;
      return;
    }
    if (astray) this.place = this.sure = Math.min(Math.max(this.sure, from), to);
    else if (best >= MIN_SCORE && end > this.place && end <= this.place + NEAR) this.place = Math.min(end, this.sure + MAX_AHEAD);
    this.ahead = Math.min(MAX_AHEAD, this.ahead + WIDEN);
  }

  /** The score and end (a word position) of the best local alignment of `words` to the text's [from, to). */
  private bestRun(words: readonly string[], from: number, to: number): { readonly best: number; readonly end: number } {
    const width = to - from;
    let row = new Int32Array(width + 1);
    let best = 0;
    let end = -1;
    for (const word of words) {
      const next = new Int32Array(width + 1);
      for (let j = 1; j <= width; j++) {
        const score = Math.max(0, row[j - 1]! + (this.sequence[from + j - 1] === word ? MATCH : MISS), row[j]! + MISS, next[j - 1]! + MISS);
        next[j] = score;
        if (score > best) {
          best = score;
          end = from + j;
        }
      }
      row = next;
    }
    return { best, end };
  }
}
