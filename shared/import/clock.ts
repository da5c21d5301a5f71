/** Clock times at the start of a raw line: `0:04`, `12:05`, `1:02:03`, optionally in `[ ]` or `( )`. */

/** A time found at the start of a line, with the text after it. */
export interface LeadingTime {
  readonly sec: number;
  /** The rest of the line after the time and any separator (` `, ` - `, ` – `, `: `, `|`), trimmed. */
  readonly rest: string;
}

const LEADING = /^\s*([[(]?)(\d{1,3}(?::[0-5]\d){1,2})(?:[.,]\d+)?([\])]?)(?=$|[\s\-–—:|,])\s*(?:[-–—|:]\s+|[-–—|]$)?(.*)$/;

/** The seconds a clock text stands for (`1:02:03` → 3723); no check beyond the pattern. */
export function clockSeconds(text: string): number {
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** The time at the start of a line and the text after it, or undefined when the line starts with no clock time. */
export function leadingTime(line: string): LeadingTime | undefined {
  const match = LEADING.exec(line);
  if (!match) return undefined;
  const [, open, clock, close, rest] = match;
  if ((open === '[' && close !== ']') || (open === '(' && close !== ')') || (open === '' && close !== '')) return undefined;
  return { sec: clockSeconds(clock!), rest: rest!.trim() };
}
