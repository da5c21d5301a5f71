/** A spell checker as the editor uses it: asynchronous, as the dictionary lives in a worker. */
export interface Speller {
  /** For each word, whether the dictionary knows it. */
  check(words: readonly string[]): Promise<boolean[]>;
  /** Corrections for a word the dictionary does not know, best first (at most a handful). */
  suggest(word: string): Promise<string[]>;
}

/** A request to the spelling worker. */
export type SpellRequest = { readonly id: number; readonly op: 'check'; readonly words: readonly string[] } | { readonly id: number; readonly op: 'suggest'; readonly word: string };

/** The spelling worker's answer to a request of the same id. */
export type SpellResponse = { readonly id: number; readonly known: readonly boolean[] } | { readonly id: number; readonly suggestions: readonly string[] } | { readonly id: number; readonly error: string };

/** How many suggestions a menu shows. */
export const MAX_SUGGESTIONS = 6;
