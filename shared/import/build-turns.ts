import { withSec } from '../episode/edit.js';
import type { Turn } from '../episode/items.js';
import { bareWords, isPunctuated, turnCueScore } from './cues.js';
import { DEFAULT_PARAGRAPH_LIMITS, FORCED, splitParagraphs, type ParagraphLimits } from './paragraphs.js';
import { restoreSentenceCase } from './sentence-case.js';

/** A stream of words with what is known about each: its time and speaker, and extra boundary evidence. */
export interface WordStream {
  readonly words: readonly string[];
  /** Seconds at which each word is spoken, when known. */
  readonly secs?: readonly number[];
  /** The speaker of each word, when the input names one. */
  readonly speakers?: readonly (string | undefined)[];
  /** Extra score for the boundary before word i (pauses, line starts); `FORCED` to force a break. */
  readonly extra?: ReadonlyMap<number, number>;
}

/** How turns are built from a word stream. */
export interface TurnBuildOptions {
  readonly limits?: ParagraphLimits;
  /** Capitalise sentence starts and `I`, and end sentences with `.` (invents punctuation: off unless asked). */
  readonly sentenceCase?: boolean;
}

/** Boundaries scoring at least this are sentence ends for the sentence-case option. */
const SENTENCE_SCORE = 1;

/** Splits a word stream into turns of readable length at the likeliest turn starts; each turn takes its first word's time. */
export function buildTurns(stream: WordStream, options: TurnBuildOptions = {}): Turn[] {
  const { words, secs, speakers, extra } = stream;
  const bare = bareWords(words);
  const punctuated = isPunctuated(words);
  const scores = words.map((_, i) => {
    if (i === 0) return 0;
    const forced = extra?.get(i) === FORCED || (speakers !== undefined && speakers[i] !== speakers[i - 1]);
    return forced ? FORCED : turnCueScore(bare, words, i, punctuated) + (extra?.get(i) ?? 0);
  });
  const starts = splitParagraphs(words.length, scores, options.limits ?? DEFAULT_PARAGRAPH_LIMITS);
  return starts.map((start, k) => {
    const end = starts[k + 1] ?? words.length;
    let own = words.slice(start, end);
    if (options.sentenceCase) {
      const sentenceStarts = new Set<number>();
      for (let i = start + 1; i < end; i++) if (scores[i]! >= SENTENCE_SCORE) sentenceStarts.add(i - start);
      own = restoreSentenceCase(own, sentenceStarts);
    }
    const who = speakers?.[start];
    const turn: Turn = { kind: 'turn', line: own.join(' '), ...(who !== undefined && { who }) };
    const sec = secs?.[start];
    return sec === undefined ? turn : withSec(turn, sec);
  });
}

