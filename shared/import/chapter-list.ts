/** Finds the chapter list in a pasted text (a bare list, or a whole video description): the run of lines that carry a time. */
import { readChapterLine, type ChapterLine } from './chapter-line.js';
import type { Chapter } from './types.js';

/** What `findChapterList` read. */
export interface ChapterList {
  /** The chapters, in the order written. */
  readonly chapters: readonly Chapter[];
  /** Chapter-like lines (a time first or last) outside the list, ignored: a time in the prose around it. */
  readonly outside: readonly Chapter[];
  /** How many other non-blank lines were ignored (prose, a `Timestamps:` line, links). */
  readonly ignored: number;
  /** Non-blank lines without a time between the list's first and last chapter. */
  readonly gaps: number;
}

/** Lines without a time that may stand between two chapters of one list (a subheading, a stray note). */
const MAX_GAP = 1;

/**
 * The chapter list in a text: every line with a time at its start or end is a candidate; candidates no
 * more than one other line apart form a block; the largest block is the list, and of its lines those
 * with the time where most of them have it (first or last). Everything else is ignored.
 */
export function findChapterList(text: string): ChapterList {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const blocks: { index: number; chapter: ChapterLine }[][] = [];
  let gap = Infinity;
  let nonBlank = 0;
  lines.forEach((raw, index) => {
    if (raw.trim() === '') return;
    nonBlank++;
    const chapter = readChapterLine(raw);
    if (!chapter) return void gap++;
    if (gap > MAX_GAP) blocks.push([]);
    blocks.at(-1)!.push({ index, chapter });
    gap = 0;
  });
  const block = blocks.reduce<(typeof blocks)[number]>((best, b) => (b.length > best.length ? b : best), []);
  const trailing = block.filter((c) => c.chapter.shape === 'trailing').length;
  const shape = trailing > block.length - trailing ? 'trailing' : 'leading';
  const chosen = new Set(block.filter((c) => c.chapter.shape === shape).map((c) => c.index));
  const asChapter = ({ index, chapter }: (typeof block)[number]): Chapter => ({ sec: chapter.sec, title: chapter.title, line: index + 1 });
  const all = blocks.flat();
  const chapters = all.filter((c) => chosen.has(c.index)).map(asChapter);
  const outside = all.filter((c) => !chosen.has(c.index)).map(asChapter);
  const span = chapters.length === 0 ? [] : lines.slice(chapters[0]!.line - 1, chapters.at(-1)!.line);
  const gaps = span.filter((l) => l.trim() !== '').length - chapters.length;
  return { chapters, outside, ignored: nonBlank - all.length, gaps };
}
