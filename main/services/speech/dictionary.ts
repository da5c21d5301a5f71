/**
 * Which of an episode's words the recogniser can say: those in the model's dictionary, and words made
 * of two or three dictionary words run together (`datatalks`, `dataops`), given their parts'
 * pronunciations joined. Other words (most names) are left out of the grammar: the aligner matches
 * the words around them.
 */

/** Looks a word up; null when the dictionary lacks it. */
export type Pronounce = (word: string) => string | null;

/** Parts of a run-together word are at least this long (`a`, `i` would split anything). */
const MIN_PART = 3;

/** The pronunciation of a word the dictionary lacks, from dictionary words it is made of; null when none. */
export function guessPronunciation(word: string, pronounce: Pronounce, parts = 3): string | null {
  if (!/^[a-z]+$/.test(word)) return null;
  for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
    const head = pronounce(word.slice(0, cut));
    if (head === null) continue;
    const rest = word.slice(cut);
    const tail = pronounce(rest) ?? (parts > 2 ? guessPronunciation(rest, pronounce, parts - 1) : null);
    if (tail !== null) return `${head} ${tail}`;
  }
  return null;
}

/** The words of `words` the recogniser can say, with the guessed ones to add to the dictionary. */
export function sayableWords(words: Iterable<string>, pronounce: Pronounce): { readonly sayable: Set<string>; readonly added: [string, string][] } {
  const sayable = new Set<string>();
  const added: [string, string][] = [];
  for (const word of words) {
    if (sayable.has(word)) continue;
    if (pronounce(word) !== null) {
      sayable.add(word);
      continue;
    }
    const guess = guessPronunciation(word, pronounce);
    if (guess !== null) {
      sayable.add(word);
      added.push([word, guess]);
    }
  }
  return { sayable, added };
}
