/**
 * The recogniser's grammar: a bigram of the episode's own words written as a finite-state grammar
 * (soundswallower takes no n-gram model). One state per word, entered by saying that word; from it,
 * each word that followed it in the text (by how often), or an empty transition to a hub state from
 * which any word of the text may be said (by how often it occurs): the backoff that lets the speech
 * leave the text's word order. Pure: the decoder is given the result (decoder.ts).
 */
/** One transition of the grammar: saying `word` (none: an empty transition) takes `from` to `to` with probability `prob`. */
export interface GrammarTransition {
  readonly from: number;
  readonly to: number;
  readonly prob: number;
  readonly word?: string;
}

/** A finite-state grammar over the words of a text. */
export interface Grammar {
  /** The words the grammar can say, each once, in order of first use. */
  readonly words: readonly string[];
  readonly states: number;
  /** The hub: where the grammar starts and may end. */
  readonly start: number;
  readonly final: number;
  readonly transitions: readonly GrammarTransition[];
}

/** Options of bigramGrammar. */
export interface GrammarOptions {
  /**
   * The share of each word state's probability given to the backoff (any word of the text next).
   * Default 0.1: over a stretch of text, 0.05-0.1 recognised more of the text's words in order than
   * 0.3 (the value for a whole episode's bigram); 0.3 is the retry for a window that finds few words.
   */
  readonly backoff?: number;
}

/** The hub state: every word state is its word's index plus one. */
const HUB = 0;
const DEFAULT_BACKOFF = 0.1;

/**
 * The bigram grammar of `sequence` (words of the text, in order). Kept to a stretch of text, it is
 * nearly the text itself (most word pairs occur once) at a fraction of the cost of a grammar with a
 * state per word position (tried: 1.6x real time against 6-10x, and twice the memory).
 */
export function bigramGrammar(sequence: readonly string[], options: GrammarOptions = {}): Grammar {
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const index = new Map<string, number>();
  const words: string[] = [];
  const unigrams: number[] = [];
  const bigrams = new Map<number, Map<number, number>>();
  let previous = -1;
  for (const word of sequence) {
    let id = index.get(word);
    if (id === undefined) {
      id = words.length;
      index.set(word, id);
      words.push(word);
      unigrams.push(0);
    }
    unigrams[id]!++;
    if (previous >= 0) {
      const next = bigrams.get(previous) ?? new Map<number, number>();
      next.set(id, (next.get(id) ?? 0) + 1);
      bigrams.set(previous, next);
    }
    previous = id;
  }
  const total = unigrams.reduce((sum, n) => sum + n, 0);
  const transitions: GrammarTransition[] = [];
  words.forEach((word, id) => transitions.push({ from: HUB, to: id + 1, prob: unigrams[id]! / total, word }));
  words.forEach((_, id) => {
    const next = bigrams.get(id);
    const count = next ? [...next.values()].reduce((sum, n) => sum + n, 0) : 0;
    // A word never followed by another (the text's last) can only back off.
    const own = count === 0 ? 0 : 1 - backoff;
    for (const [to, n] of next ?? []) transitions.push({ from: id + 1, to: to + 1, prob: (own * n) / count, word: words[to]! });
    transitions.push({ from: id + 1, to: HUB, prob: count === 0 ? 1 : backoff });
  });
  return { words, states: words.length + 1, start: HUB, final: HUB, transitions };
}
