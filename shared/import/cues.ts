import { bareWord, endsQuestion, endsSentence } from './words.js';

/**
 * Where a new speaker turn probably starts, from the words alone. Scores are for the boundary before
 * word `i`: above 1 is a likely turn start, 0 is neutral, negative is a place no sentence ends.
 */

/** Replies that are also adjectives or adverbs (`cool`, `sure`): after `MODIFIERS` they go on a sentence (`really cool`, `I'm sure`). */
const EVALUATIVE = ['exactly', 'absolutely', 'sure', 'cool', 'nice', 'great', 'awesome', 'correct', 'indeed', 'definitely', 'interesting', 'good', 'true'];

/** Words that open a reply (how the other speaker takes over), with how strongly each suggests a new turn. */
const OPENERS: ReadonlyMap<string, number> = new Map([
  ...['yes', 'yep', 'yup', 'wow', 'oh', 'okay', 'ok', 'alright', 'mhm', 'hmm', 'uh-huh', 'mm-hmm', 'thanks', ...EVALUATIVE].map((w) => [w, 2] as const),
  ['yeah', 1.6],
  ...['well', 'maybe', 'no', 'right', 'hi', 'hello', 'thank'].map((w) => [w, 1] as const),
  ['so', 0.6],
]);

/** Openers that go on a sentence after `MODIFIERS` (`that's so`, `pretty well`, `it's great`). */
const ADJECTIVAL = new Set([...EVALUATIVE, 'so', 'well']);
const MODIFIERS = new Set("so pretty really very super too quite that's it's i'm make sounds looks seems feels how more most not".split(' '));

/** Words after which no sentence ends: articles, prepositions, conjunctions, subject pronouns. */
const NON_FINAL = new Set(
  'a an the to of and or but nor if because than then as at by for from in into on onto with without about over under between through during of is are was were be been being am has have had do does did will would can could should shall may might must i we they he she my your our their his its this these those whose which where when while since until unless like very really just also even not'.split(' '),
);

/** Words and word pairs that open a question, so that the reply after it is a likely turn start. */
const QUESTION_OPENERS = new Set(['what', 'how', 'why', 'when', 'where', 'which', 'who', 'whom', 'whose', 'curious', 'wondering']);
const QUESTION_PAIRS = new Set(['do you', 'did you', 'are you', 'can you', 'could you', 'would you', 'have you', 'is there', 'is it', 'tell us', 'tell me', 'were you', 'was it', 'do we', 'should we', 'any advice', 'any tips']);

/** Scores in punctuated text: after `?`, after `.`/`!`, and inside a sentence (also after `the`, `to` in any text). */
const QUESTION_END_SCORE = 2;
const SENTENCE_END_SCORE = 0.6;
const MID_SENTENCE_SCORE = -1;

/** How far back (in words) a question opener makes a reply count as an answer. */
const QUESTION_REACH = 14;

/**
 * The likelihood that a new turn starts before word `i` (1 ≤ i < words.length), from the words alone.
 * `punctuated` says whether the text marks its sentences (auto-captions have stray dots, as in `talks. Club`).
 */
export function turnCueScore(bare: readonly string[], raw: readonly string[], i: number, punctuated: boolean): number {
  if (punctuated) {
    // The text marks its sentences: paragraphs end only at sentence ends, best at a question or before a reply.
    if (endsQuestion(raw[i - 1]!)) return QUESTION_END_SCORE + (OPENERS.get(bare[i]!) ?? 0) / 2;
    return endsSentence(raw[i - 1]!) ? SENTENCE_END_SCORE + (OPENERS.get(bare[i]!) ?? 0) / 2 : MID_SENTENCE_SCORE;
  }
  const word = bare[i]!;
  const prev = bare[i - 1]!;
  let score = OPENERS.get(word) ?? 0;
  if (score > 0) {
    const continues = NON_FINAL.has(prev) || (ADJECTIVAL.has(word) && MODIFIERS.has(prev));
    // In a run (`yeah yeah yeah`) the turn starts before the first one.
    if (prev === word) score *= 0.1;
    else if (continues) score *= 0.15;
    else {
      if (OPENERS.has(prev) && prev !== 'so') score *= 0.5;
      if (askedBefore(bare, i)) score += 0.8;
    }
  } else if (NON_FINAL.has(prev)) {
    score = MID_SENTENCE_SCORE;
  }
  return score;
}

/** True when a question opener occurs shortly before word `i`, or the word before it is a tag like `right`. */
function askedBefore(bare: readonly string[], i: number): boolean {
  const prev = bare[i - 1]!;
  if (prev === 'right' || prev === 'yourself') return true;
  for (let k = i - 1; k >= Math.max(0, i - QUESTION_REACH); k--) {
    if (QUESTION_OPENERS.has(bare[k]!) || (k > 0 && QUESTION_PAIRS.has(`${bare[k - 1]} ${bare[k]}`))) return true;
  }
  return false;
}

/** Texts with fewer sentence ends than one per this many words do not mark their sentences. */
const WORDS_PER_SENTENCE_END = 60;

/** True when the words end sentences with `.`, `?` or `!` often enough for those to count as sentence ends. */
export function isPunctuated(words: readonly string[]): boolean {
  let ends = 0;
  for (const word of words) if (endsSentence(word)) ends++;
  return ends > 0 && ends * WORDS_PER_SENTENCE_END >= words.length;
}

/** The bare forms of the words, for `turnCueScore`. */
export function bareWords(words: readonly string[]): string[] {
  return words.map(bareWord);
}
