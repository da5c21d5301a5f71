/**
 * Where sentences end and speakers change in text without punctuation, judged from the words on
 * either side as the site's real transcripts use them (boundary-table.ts). Fillers (`um`, `uh`) are
 * looked past: clean transcripts leave them out.
 */
import { BOUNDARY_PRIOR, PAIR_TABLE, TURN_PRIOR, WORD_TABLE } from './boundary-table.js';

/** Sounds that captions write and clean transcripts leave out. */
const FILLERS = new Set(['um', 'umm', 'uh', 'uhm', 'uhh', 'hmm', 'hm', 'mm', 'mmm', 'er', 'erm', 'ah', 'eh']);

/** How much less likely a boundary just after a filler is than the one before it, so that fillers never stand alone. */
const FILLER_AFTER = -10;

interface WordFigures {
  readonly end: number;
  readonly start: number;
  readonly turn: number;
}

let words: Map<string, WordFigures> | undefined;
let pairs: Map<string, number> | undefined;

function tables(): { words: Map<string, WordFigures>; pairs: Map<string, number> } {
  if (!words || !pairs) {
    words = new Map();
    for (const line of WORD_TABLE.split('\n')) {
      const [word, end, start, turn] = line.split(' ');
      if (word && turn !== undefined) words.set(word, { end: Number(end), start: Number(start), turn: Number(turn) });
    }
    pairs = new Map();
    for (const line of PAIR_TABLE.split('\n')) {
      const [before, after, correction] = line.split(' ');
      if (before && after && correction !== undefined) pairs.set(`${before} ${after}`, Number(correction));
    }
  }
  return { words, pairs };
}

/** The log-odds of a boundary between each pair of words, before word i (index 0 unused). */
export interface BoundaryOdds {
  /** That a sentence ends before word i. */
  readonly sentence: readonly number[];
  /** That another speaker takes over before word i. */
  readonly turn: readonly number[];
}

/** True for a filler sound (`um`, `uh`), which clean transcripts leave out. */
export function isFiller(bare: string): boolean {
  return FILLERS.has(bare);
}

/**
 * The odds of a sentence end and of a change of speaker before each of `bare` (words as `bareWord`
 * gives them), from the nearest words that are not fillers on either side. A boundary just after a
 * filler scores a little lower than the one before it: a filler opens what follows (`chair | uh strange`).
 */
export function boundaryOdds(bare: readonly string[]): BoundaryOdds {
  const { words: table, pairs: pairTable } = tables();
  const sentence: number[] = [0];
  const turn: number[] = [0];
  let before = -1;
  let after = 0;
  for (let i = 1; i < bare.length; i++) {
    if (!isFiller(bare[i - 1]!)) before = i - 1;
    if (after < i) for (after = i; after < bare.length && isFiller(bare[after]!); ) after++;
    if (before < 0 || after >= bare.length) {
      sentence.push(BOUNDARY_PRIOR);
      turn.push(TURN_PRIOR);
      continue;
    }
    const a = bare[before]!;
    const b = bare[after]!;
    const afterFiller = before < i - 1 ? FILLER_AFTER : 0;
    sentence.push(BOUNDARY_PRIOR + (table.get(a)?.end ?? 0) + (table.get(b)?.start ?? 0) + (pairTable.get(`${a} ${b}`) ?? 0) + afterFiller);
    turn.push(TURN_PRIOR + (table.get(b)?.turn ?? 0) + afterFiller);
  }
  return { sentence, turn };
}
