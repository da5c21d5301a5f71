/**
 * The words of a text a spell checker looks at: runs of letters (with inner apostrophes), leaving
 * out what no dictionary holds and no user would want flagged: single letters, words with digits
 * or inner capitals (`DataTalks`, `GPT4`, `AWS`), links and addresses.
 */

/** A word to check and where it is in its text. */
export interface SpellingWord {
  readonly from: number;
  readonly to: number;
  /** The word as dictionaries write it (curly apostrophes made straight). */
  readonly word: string;
}

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** Links, addresses and file names: left alone whole. */
const NOT_PROSE = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*|\S+@\S+\.\S+|\S+\.(?:com|org|net|io|club|md|ai|dev)\b\S*/giu;

/** The words of a text to check, in order. */
export function spellingWords(text: string): SpellingWord[] {
  const skipped: [number, number][] = [...text.matchAll(NOT_PROSE)].map((m) => [m.index, m.index + m[0].length]);
  const words: SpellingWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const from = match.index;
    const to = from + match[0].length;
    const word = match[0];
    if ([...word].length < 2 || /[\p{N}_]/u.test(text[from - 1] ?? '') || /[\p{N}_]/u.test(text[to] ?? '')) continue;
    // An inner capital: a brand, an acronym or code, which a dictionary would only flag.
    if (/\p{Lu}/u.test(word.slice(1))) continue;
    if (skipped.some(([a, b]) => from < b && to > a)) continue;
    words.push({ from, to, word: word.replace(/’/g, "'") });
  }
  return words;
}

/** The words of a name or list of names ("Katie Bauer" → Katie, Bauer), never flagged. */
export function nameWords(names: readonly string[]): string[] {
  return names.flatMap((name) => spellingWords(name).map((w) => w.word));
}
