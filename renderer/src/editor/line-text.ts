import type { TranscriptItem } from '../../../shared/episode/index.js';

/**
 * The editor holds one item per line, so a line break inside an item's text is stored as this
 * private-use character and shown as a visible marker; it becomes `\n` again when the file is written.
 */
export const NEWLINE_MARK = '\uE000';

/** The text an item shows as its editor line. */
export function lineTextOf(item: TranscriptItem): string {
  switch (item.kind) {
    case 'turn':
      return item.line.replace(/\n/g, NEWLINE_MARK);
    case 'header':
      return item.header.replace(/\n/g, NEWLINE_MARK);
    case 'unknown':
      return summarise(item.value).replace(/\n/g, NEWLINE_MARK);
  }
}

/** The item with its text taken from its editor line. */
export function withLineText(item: TranscriptItem, text: string): TranscriptItem {
  const value = text.replace(new RegExp(NEWLINE_MARK, 'g'), '\n');
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
