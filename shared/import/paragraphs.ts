/**
 * Splits a run of words into paragraphs of readable length, preferring the boundaries that score
 * highest (likely turn starts, pauses, sentence ends): a shortest-path over word boundaries.
 */

/** How long paragraphs should be and how eagerly to break them. */
export interface ParagraphLimits {
  /** Paragraphs shorter than this cost `shortCost` per missing word. */
  readonly minWords: number;
  /** Paragraphs longer than this cost `longCost` per extra word. */
  readonly targetMaxWords: number;
  /** No paragraph is longer than this (unless one word is). */
  readonly maxWords: number;
  /** What each break costs: a boundary scoring above it is taken for its own sake. */
  readonly breakCost: number;
  readonly shortCost: number;
  readonly longCost: number;
}

/**
 * Paragraphs of punctuated text (subtitles with sentences marked), scored by `turnCueScore`: mostly
 * 12-90 words, never above 140, broken at sentence ends, best after a question or before a reply.
 */
export const DEFAULT_PARAGRAPH_LIMITS: ParagraphLimits = {
  minWords: 12,
  targetMaxWords: 90,
  maxWords: 140,
  breakCost: 1.2,
  shortCost: 0.1,
  longCost: 0.05,
};

/**
 * Paragraphs of speech without punctuation (captions, untimed text), scored by the odds of a sentence
 * end and a change of speaker: breaks are made where those are good, whatever the length; length only
 * keeps paragraphs from being a word or two, or running past a few minutes of speech. Tuned on the
 * caption seed against its real episode: a lower `breakCost` finds a few more real speaker changes
 * (74/101 at 3, with 346 paragraphs) for many more breaks that are not one.
 */
export const SPOKEN_PARAGRAPH_LIMITS: ParagraphLimits = {
  minWords: 8,
  targetMaxWords: 150,
  maxWords: 250,
  breakCost: 4,
  shortCost: 0.1,
  longCost: 0.02,
};

/** A boundary score that forces a break there (a change of speaker, a blank line). */
export const FORCED = Number.POSITIVE_INFINITY;

/**
 * The start index of each paragraph (the first is 0) for `count` words, given the score of the
 * boundary before each word (`scores[i]` for 1 ≤ i < count; `FORCED` for a break that must be made).
 */
export function splitParagraphs(count: number, scores: readonly number[], limits: ParagraphLimits = DEFAULT_PARAGRAPH_LIMITS): number[] {
  if (count === 0) return [];
  const best = new Float64Array(count + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Int32Array(count + 1);
  best[0] = 0;
  for (let end = 1; end <= count; end++) {
    for (let start = end - 1; start >= 0 && end - start <= limits.maxWords; start--) {
      const score = scores[start] ?? 0;
      const breakCost = start === 0 ? 0 : limits.breakCost - (score === FORCED ? limits.breakCost : score);
      const cost = best[start]! + lengthCost(end - start, limits) + breakCost;
      if (cost < best[end]!) {
        best[end] = cost;
        from[end] = start;
      }
      if (score === FORCED) break;
    }
  }
  const starts: number[] = [];
  for (let end = count; end > 0; end = from[end]!) starts.push(from[end]!);
  return starts.reverse();
}

function lengthCost(words: number, limits: ParagraphLimits): number {
  if (words < limits.minWords) return (limits.minWords - words) * limits.shortCost;
  if (words > limits.targetMaxWords) return (words - limits.targetMaxWords) * limits.longCost;
  return 0;
}
