/**
 * Chapters from the transcript's headers: each at the time of the next timed turn after it, as the
 * site shows them (of a run of headers, only the last). `chapters` writes the `M:SS Title` lines
 * video platforms read from a description and checks their rules.
 */
import type { EpisodeDocument } from '../episode/document.js';
import { formatTime } from '../episode/time.js';
import { oneLine } from './text.js';
import type { ExportOptions } from './types.js';

/** One chapter: a header's title at a whole second. */
export interface Chapter {
  readonly sec: number;
  readonly title: string;
  /** 0-based index of its header in `transcript`. */
  readonly index: number;
}

/** The shortest chapter video platforms accept, in seconds. */
export const MIN_CHAPTER_SEC = 10;
/** The fewest chapters video platforms show. */
export const MIN_CHAPTERS = 3;

/** The document's chapters, with warnings for headers that have no time after them or whose time goes back. */
export function chaptersOf(doc: Pick<EpisodeDocument, 'items'>): { chapters: Chapter[]; warnings: string[] } {
  const chapters: Chapter[] = [];
  const warnings: string[] = [];
  let pending: { title: string; index: number } | undefined;
  doc.items.forEach((item, index) => {
    if (item.kind === 'header') {
      const title = oneLine(item.header);
      if (title !== '') pending = { title, index };
    } else if (item.kind === 'turn' && item.sec !== undefined && pending) {
      const last = chapters[chapters.length - 1];
      if (last && item.sec < last.sec) warnings.push(`chapter “${pending.title}” at ${formatTime(item.sec)} comes before the chapter above it (${formatTime(last.sec)}): times go back there`);
      chapters.push({ sec: Math.max(0, Math.floor(item.sec)), title: pending.title, index: pending.index });
      pending = undefined;
    }
  });
  if (pending) warnings.push(`header “${pending.title}” has no timed turn after it, so it is left out`);
  return { chapters, warnings };
}

/** What breaks the video platforms' chapter rules, one sentence per broken rule. */
export function chapterRuleWarnings(chapters: readonly Chapter[]): string[] {
  const warnings: string[] = [];
  const first = chapters[0];
  if (first && first.sec !== 0) warnings.push(`the first chapter must start at 0:00; “${first.title}” starts at ${formatTime(first.sec)}`);
  if (chapters.length < MIN_CHAPTERS) warnings.push(`video platforms need at least ${MIN_CHAPTERS} chapters; there ${chapters.length === 1 ? 'is' : 'are'} ${chapters.length}`);
  chapters.forEach((chapter, i) => {
    const next = chapters[i + 1];
    if (next && next.sec - chapter.sec < MIN_CHAPTER_SEC) {
      warnings.push(`each chapter must be at least ${MIN_CHAPTER_SEC} s long; “${chapter.title}” at ${formatTime(chapter.sec)} lasts ${Math.max(0, next.sec - chapter.sec)} s`);
    }
  });
  return warnings;
}

/** The chapters repaired where the rules allow it: the first moved to 0:00, a chapter shorter than 10 s dropped (the next one takes its place). */
export function fixChapterRules(chapters: readonly Chapter[]): { chapters: Chapter[]; changes: string[] } {
  const changes: string[] = [];
  const kept: Chapter[] = [];
  for (const chapter of chapters) {
    const previous = kept[kept.length - 1];
    const start = kept.length === 0 ? 0 : chapter.sec;
    if (previous && start - previous.sec < MIN_CHAPTER_SEC) {
      changes.push(`dropped “${previous.title}” (${formatTime(previous.sec)}), which lasted ${Math.max(0, start - previous.sec)} s`);
      kept.pop();
      kept.push({ ...chapter, sec: kept.length === 0 ? 0 : chapter.sec });
      continue;
    }
    if (start !== chapter.sec) changes.push(`moved “${chapter.title}” from ${formatTime(chapter.sec)} to 0:00`);
    kept.push({ ...chapter, sec: start });
  }
  return { chapters: kept, changes };
}

/** `M:SS Title` lines (`H:MM:SS` from an hour on), as video platforms read them from a description. */
export function exportChapters(doc: EpisodeDocument, options: ExportOptions): { text: string; warnings: string[] } {
  const found = chaptersOf(doc);
  let { chapters } = found;
  const warnings = [...found.warnings];
  if (options.fixChapters) {
    const fixed = fixChapterRules(chapters);
    chapters = fixed.chapters;
    warnings.push(...fixed.changes.map((c) => `fixed: ${c}`));
  }
  warnings.push(...chapterRuleWarnings(chapters));
  return { text: chapters.map((c) => `${formatTime(c.sec)} ${c.title}\n`).join(''), warnings };
}
