import { withSec } from '../episode/edit.js';
import type { Turn } from '../episode/items.js';
import { boundaryOdds } from './boundaries.js';
import { TURN_PRIOR } from './boundary-table.js';
import { bareWords, isPunctuated, turnCueScore } from './cues.js';
import { DEFAULT_PARAGRAPH_LIMITS, FORCED, SPOKEN_PARAGRAPH_LIMITS, splitParagraphs, type ParagraphLimits } from './paragraphs.js';
import { restoreSentenceCase } from './sentence-case.js';
import { endsSentence } from './words.js';

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

/** In text without punctuation, a sentence ends where its odds are at least this (even odds). */
const SENTENCE_ODDS = 0;
/** How much the odds of a change of speaker add to a boundary's score, beside those of a sentence end. */
const TURN_WEIGHT = 1;
/** How much the word cues of `turnCueScore` (a reply word after a question) add, where they favour a break. */
const CUE_WEIGHT = 0.5;

/**
 * Splits a word stream into paragraphs at the likeliest turn starts; each takes its first word's time.
 * Punctuated text breaks at its sentence ends; text without (captions) where the real transcripts
 * end sentences and change speakers around the same words (boundaries.ts), plus the stream's own
 * evidence (pauses, speaker markers).
 */
export function buildTurns(stream: WordStream, options: TurnBuildOptions = {}): Turn[] {
  const { words, secs, speakers, extra } = stream;
  const bare = bareWords(words);
  const punctuated = isPunctuated(words);
  const odds = punctuated ? undefined : boundaryOdds(bare);
  const scores = words.map((_, i) => {
    if (i === 0) return 0;
    const forced = extra?.get(i) === FORCED || (speakers !== undefined && speakers[i] !== speakers[i - 1]);
    if (forced) return FORCED;
    const own = odds ? odds.sentence[i]! + TURN_WEIGHT * (odds.turn[i]! - TURN_PRIOR) + CUE_WEIGHT * Math.max(0, turnCueScore(bare, words, i, punctuated)) : turnCueScore(bare, words, i, punctuated);
    return own + (extra?.get(i) ?? 0);
  });
  const starts = splitParagraphs(words.length, scores, options.limits ?? (punctuated ? DEFAULT_PARAGRAPH_LIMITS : SPOKEN_PARAGRAPH_LIMITS));
  return starts.map((start, k) => {
    const end = starts[k + 1] ?? words.length;
    let own = words.slice(start, end);
    if (options.sentenceCase) {
      const sentenceStarts = new Set<number>();
      for (let i = start + 1; i < end; i++) if (odds ? odds.sentence[i]! >= SENTENCE_ODDS : endsSentence(words[i - 1]!)) sentenceStarts.add(i - start);
      own = restoreSentenceCase(own, sentenceStarts);
    }
    const who = speakers?.[start];
    const turn: Turn = { kind: 'turn', line: own.join(' '), ...(who !== undefined && { who }) };
    const sec = secs?.[start];
    return sec === undefined ? turn : withSec(turn, sec);
  });
}

