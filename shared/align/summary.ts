import type { AlignmentSummary, TurnTiming } from './types.js';

/** The summary of turn timings: counts, and how far the moved turns move. */
export function summarise(turns: readonly TurnTiming[], words: Pick<AlignmentSummary, 'textWords' | 'captionWords' | 'matchedWords'>): AlignmentSummary {
  const moves = turns.flatMap((t) => (t.oldSec !== undefined && t.sec !== t.oldSec ? [Math.abs(t.sec - t.oldSec)] : [])).sort((x, y) => x - y);
  const matched = turns.filter((t) => !t.estimated).length;
  return {
    turns: turns.length,
    matched,
    estimated: turns.length - matched,
    moved: moves.length,
    added: turns.filter((t) => t.oldSec === undefined).length,
    medianMoveSec: moves.length === 0 ? 0 : moves[Math.floor(moves.length / 2)]!,
    maxMoveSec: moves.length === 0 ? 0 : moves[moves.length - 1]!,
    ...words,
  };
}

/** Below this share of the text's words found in the captions or the audio, an alignment is in doubt. */
export const FEW_WORDS_FOUND = 0.25;

/**
 * Why an alignment's times may be wrong, if they may: no turn was found at all (the times would all
 * be guesses), or few of the text's words were (another episode's file, or much of it not heard).
 */
export function alignmentDoubt(summary: AlignmentSummary): 'no-turn-found' | 'few-words-found' | undefined {
  if (summary.matched === 0) return 'no-turn-found';
  return summary.matchedWords < FEW_WORDS_FOUND * summary.textWords ? 'few-words-found' : undefined;
}
