/** The optional "restore sentence case" step: capitals at sentence starts, `I`, and a full stop at sentence ends. */

const PRONOUN_I = /^i(?=$|['’](?:m|ve|ll|d)$)/;

/**
 * The words of one paragraph with sentence case restored: `sentenceStarts` are the indexes (within
 * `words`) where a new sentence begins; 0 always does. Words are only re-cased or given a final `.`.
 */
export function restoreSentenceCase(words: readonly string[], sentenceStarts: ReadonlySet<number>): string[] {
  return words.map((word, i) => {
    let out = word.replace(PRONOUN_I, 'I');
    if (i === 0 || sentenceStarts.has(i)) out = capitalise(out);
    const last = i === words.length - 1 || sentenceStarts.has(i + 1);
    if (last && !/[.!?,;:…]["'”’)\]]*$/.test(out)) out += '.';
    return out;
  });
}

function capitalise(word: string): string {
  const at = word.search(/\p{L}/u);
  return at === -1 ? word : word.slice(0, at) + word.charAt(at).toUpperCase() + word.slice(at + 1);
}
