/** Whether a text is a chapter list: for format detection, and for the hint when a text read otherwise looks like one. */
import { findChapterList } from './chapter-list.js';
import { splitWords } from './words.js';

/** Chapters are at least this far apart (median, seconds); caption lines are a few seconds. */
const CHAPTER_MIN_STEP = 20;
/** Titles of at most this many words; a transcript's paragraphs run longer. */
const CHAPTER_MAX_WORDS = 20;
/** Share of distinct titles: a transcript's speaker lines (`[1:33] Alexey`) repeat names. */
const DISTINCT_SHARE = 0.9;
/** Lines without a time inside the list, per chapter: in a transcript each time has its paragraphs. */
const GAP_SHARE = 0.25;

/** How many chapters a text holds when it reads as a chapter list, else 0 (the detection's test: timed titled lines far apart, few lines between them). */
export function chapterCount(text: string): number {
  const { chapters, gaps } = findChapterList(text);
  if (chapters.length < 2 || gaps > chapters.length * GAP_SHARE) return 0;
  if (chapters.some((c) => c.title === '' || splitWords(c.title).length > CHAPTER_MAX_WORDS)) return 0;
  if (new Set(chapters.map((c) => c.title.toLowerCase())).size < chapters.length * DISTINCT_SHARE) return 0;
  const steps = chapters.slice(1).map((c, i) => c.sec - chapters[i]!.sec);
  return median(steps) >= CHAPTER_MIN_STEP ? chapters.length : 0;
}

/** True when a text reads as a chapter list (see `chapterCount`). */
export function looksLikeChapters(text: string): boolean {
  return chapterCount(text) > 0;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
}
