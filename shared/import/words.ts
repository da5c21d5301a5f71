/** Words as the importers count them: runs of non-space characters, compared without case or punctuation. */

/** The words of a text: runs of non-whitespace, in order. */
export function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** A word lower-cased, with surrounding punctuation removed and curly apostrophes made straight, for matching cue words. */
export function bareWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/[‘’ʼ]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** True when the word ends a sentence with `.`, `!`, `?` or `…` (closing quotes and brackets allowed after it). */
export function endsSentence(word: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(word) && !/^(?:[a-z]\.){1,3}$|^(?:mr|mrs|ms|dr|vs|etc|e\.g|i\.e)\.$/i.test(word);
}

/** True when the word ends with a question mark (closing quotes and brackets allowed after it). */
export function endsQuestion(word: string): boolean {
  return /\?["'”’)\]]*$/.test(word);
}
