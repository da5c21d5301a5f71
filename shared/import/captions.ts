import { buildTurns, type TurnBuildOptions, type WordStream } from './build-turns.js';
import { leadingTime } from './clock.js';
import { formatTime } from '../episode/time.js';
import { ImportError, quoteLine, type TranscriptImport } from './types.js';
import { splitWords } from './words.js';

/** One caption line: its start time, its words and where it was in the input. */
export interface CaptionFragment {
  readonly sec: number;
  readonly words: readonly string[];
  /** 1-based line of its time in the input. */
  readonly line: number;
}

/** Fragments this short (in words) end early because the speaker paused. */
const SHORT_FRAGMENT = 3;
/** A step between fragment times this long (in seconds) holds a pause. */
const LONG_STEP = 5;
/** Extra boundary scores at a fragment start: any, after a pause. */
const FRAGMENT_START_SCORE = 0.2;
const PAUSE_SCORE = 1;
/** Seconds a fragment lasts when no fragment follows it. */
const TYPICAL_STEP = 3;

/**
 * Reads video auto-captions: `M:SS text` / `H:MM:SS text` lines, or (as copied from a video page)
 * a time line followed by its text lines. Throws ImportError naming the first line that is neither.
 */
export function parseCaptions(text: string, file = 'captions.txt'): CaptionFragment[] {
  const fragments: { sec: number; words: string[]; line: number; open: boolean }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const time = leadingTime(raw);
    const last = fragments[fragments.length - 1];
    if (time) fragments.push({ sec: time.sec, words: splitWords(time.rest), line: index + 1, open: time.rest === '' });
    else if (last?.open) last.words.push(...splitWords(raw));
    else throw new ImportError(file, index + 1, `expected a caption line starting with its time (\`0:04 text\`), found ${quoteLine(raw)}`);
  });
  if (fragments.length === 0) throw new ImportError(file, null, 'no caption lines (`0:04 text`) found');
  return fragments.filter((f) => f.words.length > 0).map(({ sec, words, line }) => ({ sec, words, line }));
}

/** Options of the caption importer. */
export interface CaptionImportOptions extends TurnBuildOptions {
  readonly file?: string;
}

/**
 * Video auto-captions to turn candidates: fragments are merged into paragraphs of readable length,
 * broken at pauses, at words that usually open a reply, and at length limits. Each paragraph takes
 * its first word's time (see `captionStream`). Speakers are left for the user to assign.
 */
export function importCaptions(text: string, options: CaptionImportOptions = {}): TranscriptImport {
  const fragments = parseCaptions(text, options.file);
  const items = buildTurns(captionStream(fragments), options);
  const notes = [`${fragments.length} caption lines merged into ${items.length} paragraphs; speakers not assigned`];
  const back = fragments.find((f, k) => k > 0 && f.sec < fragments[k - 1]!.sec);
  if (back) notes.push(`line ${back.line}: time ${formatTime(back.sec)} goes back from the line before; kept as written`);
  return { format: 'captions', items, estimated: new Set(), notes };
}

/**
 * The words of caption fragments, each timed by its place in its fragment (a fragment's words are
 * spread over the step to the next fragment, rounded down), with a bonus for breaking at a fragment
 * start after a pause. On the caption seed this puts turn times 0.7 s from the real episode's on
 * average, against 1.6 s for the fragment's own time.
 */
function captionStream(fragments: readonly CaptionFragment[]): WordStream {
  const words: string[] = [];
  const secs: number[] = [];
  const extra = new Map<number, number>();
  fragments.forEach((fragment, k) => {
    const previous = fragments[k - 1];
    if (previous) {
      const paused = fragment.sec - previous.sec >= LONG_STEP || (previous.words.length <= SHORT_FRAGMENT && fragments[k - 2] !== undefined);
      extra.set(words.length, FRAGMENT_START_SCORE + (paused ? PAUSE_SCORE : 0));
    }
    const step = Math.max(0, Math.min((fragments[k + 1]?.sec ?? fragment.sec + TYPICAL_STEP) - fragment.sec, LONG_STEP));
    fragment.words.forEach((word, j) => {
      words.push(word);
      secs.push(Math.floor(fragment.sec + (step * j) / fragment.words.length));
    });
  });
  return { words, secs, extra };
}
