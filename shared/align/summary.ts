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
