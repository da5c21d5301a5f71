import type { Header, TranscriptItem } from '../episode/items.js';
import { formatTime } from '../episode/time.js';
import { findChapterList, type ChapterList } from './chapter-list.js';
import { ImportError, type Chapter, type ChapterImport } from './types.js';

/**
 * Reads a chapter list as people write it (`0:00 Intro`, `Intro - 0:00`, `Intro (0:00)`, `1. 0:00 Intro`,
 * `- [0:00] Intro`, `🎙️ 0:00 - 1:35 Intro`, `00:00:00 Intro`), alone or inside a pasted description:
 * the lines that carry a time are the chapters (a range counts from its start), the rest is ignored.
 */
export function parseChapters(text: string, file = 'chapters.txt'): Chapter[] {
  return [...readChapters(text, file).chapters];
}

function readChapters(text: string, file: string): ChapterList {
  const list = findChapterList(text);
  if (list.chapters.length === 0) throw new ImportError(file, null, 'no chapter lines found: expected lines such as `0:00 Intro`, `Intro - 0:00` or `00:00:00 Intro`');
  const untitled = list.chapters.find((c) => c.title === '');
  if (untitled) throw new ImportError(file, untitled.line, `the chapter at ${formatTime(untitled.sec)} has no title`);
  return list;
}

/** A chapter list as an import result, with notes on the lines it ignored. */
export function importChapters(text: string, options: { readonly file?: string } = {}): ChapterImport {
  const list = readChapters(text, options.file ?? 'chapters.txt');
  const { chapters } = list;
  const notes = [`${chapters.length} chapters`];
  if (list.ignored > 0) notes.push(`${list.ignored} line(s) without a time ignored`);
  for (const c of list.outside.slice(0, 3)) notes.push(`line ${c.line}: “${c.title}” has a time but is not in the chapter list; ignored`);
  if (list.outside.length > 3) notes.push(`${list.outside.length - 3} more line(s) with a time outside the chapter list ignored`);
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
