/** Speaker names as word-processor transcripts write them: `Alexey`, `Katie Bauer`, `Speaker 1`, `Q`. */

const NAME_WORD = /^[\p{Lu}\d][\p{L}\p{M}\d'’.-]*$/u;
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'le', 'la', 'bin', 'al', 'y', 'ten', 'ter']);
/** Capitalised words that start prose with a colon (`Note: ...`) rather than name a speaker. */
const NOT_NAMES = new Set(['note', 'notes', 'example', 'update', 'edit', 'warning', 'tip', 'source', 'link', 'links', 're', 'ps', 'p.s', 'http', 'https', 'transcript', 'summary', 'title', 'chapter', 'chapters', 'time', 'topic', 'topics']);
const MAX_NAME_WORDS = 4;
const MAX_NAME_CHARS = 40;

/** True when the text reads as a speaker's name: one to four capitalised words (particles like `van` allowed). */
export function looksLikeName(text: string): boolean {
  if (text.length === 0 || text.length > MAX_NAME_CHARS) return false;
  const words = text.split(/\s+/);
  if (words.length > MAX_NAME_WORDS || NOT_NAMES.has(text.toLowerCase())) return false;
  if (!/^\p{Lu}/u.test(words[0]!) || (/\.$/.test(text) && !/\b\p{Lu}\.$/u.test(text))) return false;
  return words.every((w, i) => NAME_WORD.test(w) || (i > 0 && PARTICLES.has(w)));
}

const NAME_COLON = /^(\*\*|__)?([^:*_]{1,40}?)(\*\*|__)?:(\*\*|__)?(?:\s+(.*))?$/;

/** `Name: text` (also `**Name:** text`, `**Name**: text`): the name and the text after it, or undefined. */
export function nameColon(line: string): { readonly name: string; readonly text: string } | undefined {
  const match = NAME_COLON.exec(line.trim());
  if (!match) return undefined;
  const [, open, name, close, after, text] = match;
  // Bold, if any, closes either before the colon (`**Name**:`) or after it (`**Name:**`), never both or neither.
  const balanced = open === undefined ? close === undefined && after === undefined : (close === open) !== (after === open) && (close ?? after) === open;
  if (!balanced) return undefined;
  const trimmed = name!.trim();
  return looksLikeName(trimmed) ? { name: trimmed, text: (text ?? '').trim() } : undefined;
}
