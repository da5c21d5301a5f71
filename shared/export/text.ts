/** Text helpers shared by the exporters. */

/** A paragraph's text on one line: runs of whitespace (line breaks, tabs, NBSP) become one space, ends trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The words of a text, split at whitespace. */
export function wordsOf(text: string): string[] {
  const line = oneLine(text);
  return line === '' ? [] : line.split(' ');
}
