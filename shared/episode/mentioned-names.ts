/**
 * Names the text mentions, to suggest as speakers: capitalised words that are not at a sentence's
 * start and never appear in lower case ("Johanna" is a name; "Yeah", also written "yeah", is not).
 */

/** How many names are suggested at most. */
const MAX_NAMES = 50;

/** A capitalised word of three letters or more, and what comes before it on its line. */
const CAPITALISED = /(^|[^\p{L}\p{N}'’])(\p{Lu}[\p{Ll}\p{M}]{2,}(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*)(?![\p{L}\p{N}])/gu;

/** What ends a sentence, so that the next capital may be only grammar. */
const SENTENCE_END = /[.?!…:;"“”«»]\s*$/u;

/** The names the lines mention, most mentioned first (then in order of first mention). */
export function mentionedNames(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  const lower = new Set<string>();
  for (const line of lines) {
    for (const word of line.match(/[\p{Ll}][\p{L}\p{M}'’-]*/gu) ?? []) lower.add(word);
    for (const match of line.matchAll(CAPITALISED)) {
      const before = line.slice(0, match.index + match[1]!.length);
      if (before.trim() === '' || SENTENCE_END.test(before)) continue;
      // A possessive is the name's ("Johanna's" is Johanna).
      const name = match[2]!.replace(/['’]s$/u, '');
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([name]) => !lower.has(name.toLowerCase()))
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_NAMES)
    .map(([name]) => name);
}
