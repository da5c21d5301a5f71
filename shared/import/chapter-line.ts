/** One line of a chapter list as people paste it: the time first or last, maybe a range, a bullet, a number or an emoji in front. */
import { clockSeconds } from './clock.js';

/** A chapter read from one line. */
export interface ChapterLine {
  readonly sec: number;
  /** The title, trimmed of the separators around the time; empty when the line is a time alone. */
  readonly title: string;
  /** Where the time stands: `0:00 Intro` (leading) or `Intro 0:00` (trailing). */
  readonly shape: 'leading' | 'trailing';
}

const CLOCK = String.raw`\d{1,3}(?::[0-5]\d){1,2}(?:[.,]\d{1,3})?(?![\d:])`;
/** A time or a range (`0:00 - 1:35`, `0:00–1:35`, `0:00 to 1:35`), the start captured. */
const SPAN = String.raw`(${CLOCK})(?:\s*[-–—~]\s*${CLOCK}|\s+to\s+${CLOCK}|\s+${CLOCK})?`;
/** A span, bare or in `[ ]` or `( )`. */
const STAMP = String.raw`(?:\[\s*${SPAN}\s*\]|\(\s*${SPAN}\s*\)|${SPAN})`;
/** What may stand between the time and the title. */
const SEPARATORS = String.raw`[\s\-–—:|.,@]`;
/** What may stand between the title and a time after it (not `.`: a title may end in one). */
const TITLE_END = String.raw`[\s\-–—:|,@]`;

/** Bullets, list numbers and emoji in front of a chapter line. */
const DECORATION = /^(?:[\s\-*+>•·●○◦▪■□▶►▸➤→]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\uFE0F\u200D\u20E3]|\d\uFE0F?\u20E3|#?\d{1,3}[.)](?=\s)|#\d{1,3}(?=\s))+/u;
const LEADING = new RegExp(String.raw`^${STAMP}(?=$|${SEPARATORS})${SEPARATORS}*(.*)$`, 'u');
const TRAILING = new RegExp(String.raw`^(.*?\S)${TITLE_END}*?(?<=${TITLE_END})${STAMP}\s*$`, 'u');

/** The chapter a line holds (`0:00 Intro`, `Intro - 0:00`, `1. [0:00] Intro`, `🎙️ 0:00 - 1:35 Intro`…), or undefined when no time starts or ends it. */
export function readChapterLine(raw: string): ChapterLine | undefined {
  const line = raw.trim().replace(DECORATION, '');
  const lead = LEADING.exec(line);
  if (lead) return { sec: seconds(lead[1] ?? lead[2] ?? lead[3]!), title: lead[4]!.trim(), shape: 'leading' };
  const trail = TRAILING.exec(line);
  if (!trail) return undefined;
  const title = trail[1]!.replace(new RegExp(`${TITLE_END}+$`, 'u'), '').trim();
  return title === '' ? undefined : { sec: seconds(trail[2] ?? trail[3] ?? trail[4]!), title, shape: 'trailing' };
}

function seconds(clock: string): number {
  return clockSeconds(clock.replace(/[.,]\d+$/, ''));
}
