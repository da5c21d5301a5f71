import type { Header, TranscriptItem } from '../episode/items.js';
import { formatTime } from '../episode/time.js';
import { leadingTime } from './clock.js';
import { ImportError, quoteLine, type Chapter, type ChapterImport } from './types.js';

/** Reads a chapter list: one `HH:MM:SS Title` or `M:SS Title` line per chapter (`[M:SS]`, `M:SS - Title` too). */
export function parseChapters(text: string, file = 'chapters.txt'): Chapter[] {
  const chapters: Chapter[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const time = leadingTime(raw);
    if (!time) throw new ImportError(file, index + 1, `expected a chapter line \`00:00:00 Title\`, found ${quoteLine(raw)}`);
    if (time.rest === '') throw new ImportError(file, index + 1, `the chapter at ${formatTime(time.sec)} has no title`);
    chapters.push({ sec: time.sec, title: time.rest, line: index + 1 });
  });
  if (chapters.length === 0) throw new ImportError(file, null, 'no chapter lines (`00:00:00 Title`) found');
  return chapters;
}

/** A chapter list as an import result. */
export function importChapters(text: string, options: { readonly file?: string } = {}): ChapterImport {
  const chapters = parseChapters(text, options.file);
  const notes = [`${chapters.length} chapters`];
  const back = chapters.find((c, k) => k > 0 && c.sec < chapters[k - 1]!.sec);
  if (back) notes.push(`line ${back.line}: chapter “${back.title}” starts before the one above it`);
  return { format: 'chapters', chapters, notes };
}

/** Options of `insertChapters`. */
export interface InsertChaptersOptions {
  /** Remove the transcript's own headers first (otherwise they stay, and a chapter equal to the header already in its place is skipped). */
  readonly replaceHeaders?: boolean;
}

/**
 * Inserts each chapter as a header before the first item whose `sec` is at or after the chapter's time
 * (as upstream does). Kept headers stay where they are; a chapter landing on one goes before it, so the
 * kept header stays the one the site shows. Chapters after the last timed turn go at the end.
 */
export function insertChapters(items: readonly TranscriptItem[], chapters: readonly Chapter[], options: InsertChaptersOptions = {}): { items: TranscriptItem[]; notes: string[] } {
  const base = options.replaceHeaders ? items.filter((item) => item.kind !== 'header') : [...items];
  const removed = items.length - base.length;
  const before = new Map<number, Header[]>();
  const notes: string[] = [];
  let skipped = 0;
  for (const chapter of [...chapters].sort((a, b) => a.sec - b.sec)) {
    let at = base.findIndex((item) => item.kind === 'turn' && item.sec !== undefined && item.sec >= chapter.sec);
    if (at === -1) {
      at = base.length;
      notes.push(`chapter “${chapter.title}” at ${formatTime(chapter.sec)} is after the last timed turn: added at the end`);
    }
    let runStart = at;
    while (runStart > 0 && base[runStart - 1]!.kind === 'header') runStart--;
    if (base.slice(runStart, at).some((item) => item.kind === 'header' && item.header === chapter.title)) {
      skipped++;
      continue;
    }
    const headers = before.get(runStart) ?? [];
    headers.push({ kind: 'header', header: chapter.title });
    before.set(runStart, headers);
  }
  const result: TranscriptItem[] = [];
  base.forEach((item, i) => result.push(...(before.get(i) ?? []), item));
  result.push(...(before.get(base.length) ?? []));
  const inserted = chapters.length - skipped;
  notes.unshift(`${inserted} chapter header(s) inserted${removed > 0 ? `, ${removed} existing header(s) replaced` : ''}${skipped > 0 ? `, ${skipped} already present` : ''}`);
  const added = new Set<TranscriptItem>([...before.values()].flat());
  let runs = 0;
  for (let i = 0; i < result.length; i++) {
    let j = i;
    while (result[j]?.kind === 'header') j++;
    if (j - i > 1 && result.slice(i, j).some((h) => added.has(h))) runs++;
    i = Math.max(i, j);
  }
  if (runs > 0) notes.push(`${runs} place(s) got more than one chapter header: the site shows only the last of a run`);
  return { items: result, notes };
}
