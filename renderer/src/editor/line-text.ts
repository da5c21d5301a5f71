import type { TranscriptItem } from '../../../shared/episode/index.js';

/**
 * The editor holds one item per line, so a line break inside an item's text is stored as this
 * private-use character and shown as a visible marker; it becomes `\n` again when the file is written.
 */
export const NEWLINE_MARK = '\uE000';

/**
 * A real NEWLINE_MARK in the text (a private-use character, so it may be in a file) must not read back
 * as a line break: it is stored as MARK_ESCAPE + MARK_ESCAPED, and a real MARK_ESCAPE as two of them.
 * Every other character is stored as itself, so the escape is a prefix code: any text round-trips, and
 * a lone MARK_ESCAPE or MARK_ESCAPED left by an edit reads as itself.
 */
export const MARK_ESCAPE = '\uE001';
const MARK_ESCAPED = '\uE002';

const TO_LINE = /[\n\uE000\uE001]/g;
const FROM_LINE = /\uE001[\uE001\uE002]|\uE000/g;

/** An item's text as one editor line: line breaks become NEWLINE_MARK, real marks are escaped. */
export function toLineText(text: string): string {
  return text.replace(TO_LINE, (c) => (c === '\n' ? NEWLINE_MARK : c === NEWLINE_MARK ? MARK_ESCAPE + MARK_ESCAPED : MARK_ESCAPE + MARK_ESCAPE));
}

const MARKS = /[\uE000\uE001]/g;

/**
 * Text the user types, pastes or drops, as it goes into a line: a real NEWLINE_MARK or MARK_ESCAPE in it
 * is escaped as toLineText does, so that it is written back as itself and never as a line break.
 */
export function escapeMarks(text: string): string {
  return text.replace(MARKS, (c) => MARK_ESCAPE + (c === NEWLINE_MARK ? MARK_ESCAPED : MARK_ESCAPE));
}

/** The editor-line escapes in `line` (MARK_ESCAPE and the character after it): where each starts, and what it stands for. */
export function markEscapes(line: string): { readonly at: number; readonly char: string }[] {
  const found: { at: number; char: string }[] = [];
  for (const m of line.matchAll(ESCAPES)) found.push({ at: m.index, char: m[0] === MARK_ESCAPE + MARK_ESCAPED ? NEWLINE_MARK : MARK_ESCAPE });
  return found;
}

const ESCAPES = /\uE001[\uE001\uE002]/g;

/** The item's text an editor line stands for (the inverse of toLineText). */
export function fromLineText(line: string): string {
  return line.replace(FROM_LINE, (s) => (s === NEWLINE_MARK ? '\n' : s === MARK_ESCAPE + MARK_ESCAPED ? NEWLINE_MARK : MARK_ESCAPE));
}

/** The text an item shows as its editor line. */
export function lineTextOf(item: TranscriptItem): string {
  switch (item.kind) {
    case 'turn':
      return toLineText(item.line);
    case 'header':
      return toLineText(item.header);
    case 'unknown':
      return toLineText(summarise(item.value));
  }
}

/** The item with its text taken from its editor line. */
export function withLineText(item: TranscriptItem, text: string): TranscriptItem {
  const value = fromLineText(text);
  switch (item.kind) {
    case 'turn':
      return item.line === value ? item : { ...item, line: value };
    case 'header':
      return item.header === value ? item : { ...item, header: value };
    case 'unknown':
      return item;
  }
}

function summarise(value: unknown): string {
  if (value instanceof Map) return `{${[...value].map(([k, v]) => `${String(k)}: ${summarise(v)}`).join(', ')}}`;
  if (Array.isArray(value)) return `[${value.map(summarise).join(', ')}]`;
  if (value !== null && typeof value === 'object') return String((value as { text?: string; value?: unknown }).text ?? (value as { value?: unknown }).value);
  return String(value);
}
