// PyYAML's Reader refuses the whole stream for one character outside its printable set
// (Reader.NON_PRINTABLE): C0 controls but tab and line breaks, DEL, C1 controls but U+0085, and
// U+FFFE/U+FFFF. Each is reported where it is, so that the user can find and remove it.
import { NON_PRINTABLE } from './load.js';

/** The most refused characters reported in one text: one is enough to refuse it, a few show the pattern. */
export const MAX_REPORTED = 20;

/** One character PyYAML refuses: its offset, and a phrase naming it (`U+0007 (a control character)`). */
export interface RefusedCharacter {
  readonly offset: number;
  readonly name: string;
}

/** The characters PyYAML's reader refuses in a text, in order, at most `max`; `more` counts the rest. */
export function refusedCharacters(text: string, max = MAX_REPORTED): { found: RefusedCharacter[]; more: number } {
  const found: RefusedCharacter[] = [];
  let more = 0;
  const all = new RegExp(NON_PRINTABLE.source, 'gu');
  for (let match = all.exec(text); match; match = all.exec(text)) {
    if (found.length === max) more++;
    else found.push({ offset: match.index, name: characterName(match[0].codePointAt(0)!) });
  }
  return { found, more };
}

function characterName(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code === 0) return `${hex} (NUL)`;
  if (code === 0x7f) return `${hex} (DEL)`;
  if (code < 0x20) return `${hex} (a control character)`;
  if (code >= 0x80 && code <= 0x9f) return `${hex} (a C1 control character)`;
  if (code >= 0xd800 && code <= 0xdfff) return `${hex} (half of a surrogate pair)`;
  return `${hex} (a noncharacter)`;
}
