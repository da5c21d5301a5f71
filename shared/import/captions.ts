import { buildTurns, type TurnBuildOptions, type WordStream } from './build-turns.js';
import { FORCED } from './paragraphs.js';
import { splitSpeakerMarks } from './speaker-marks.js';
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

/** Seconds a fragment lasts when no fragment follows it, and the least a fragment is taken to last. */
const TYPICAL_STEP = 3;
const SHORTEST_STEP = 0.5;
/** Characters a second of steady speech in auto-captions; a fragment spoken slower than this holds a pause. */
const STEADY_RATE = 12;
/**
 * What a pause adds to the score of the boundaries in and around its fragment, per unit of log(steady
 * rate / rate). On the caption seed, a speaker changes ten times more often in fragments spoken at
 * under 6 characters a second than in those above 15.
 */
const PAUSE_WEIGHT = 1.5;

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
 * Video auto-captions to turn candidates: fragments are merged into paragraphs where sentences end
 * and speakers change (the words around each boundary, pauses in the caption times, `>>` and `Name:`
 * markers), not at a fixed length. Each paragraph takes its first word's time (see `captionStream`).
 * Speakers named by `Name:` are kept; the others are left for the user to assign.
 */
export function importCaptions(text: string, options: CaptionImportOptions = {}): TranscriptImport {
  const fragments = parseCaptions(text, options.file);
  const stream = captionStream(fragments);
  const items = buildTurns(stream, options);
  const named = [...new Set(stream.speakers?.filter((s): s is string => s !== undefined))];
  const notes = [`${fragments.length} caption lines merged into ${items.length} paragraphs; ${named.length > 0 ? `speakers from the captions: ${named.join(', ')}` : 'speakers not assigned'}`];
  const back = fragments.find((f, k) => k > 0 && f.sec < fragments[k - 1]!.sec);
  if (back) notes.push(`line ${back.line}: time ${formatTime(back.sec)} goes back from the line before; kept as written`);
  return { format: 'captions', items, estimated: new Set(), notes };
}

/**
 * The words of caption fragments, each timed by its place in its fragment (a fragment's words are
 * spread over the step to the next fragment, rounded down), with a bonus for breaking inside or at
 * the start of a fragment spoken slowly, which holds a pause; a break is forced at each speaker
 * marker. On the caption seed this puts turn times 0.7 s from the real episode's on average, against
 * 1.6 s for the fragment's own time.
 */
function captionStream(fragments: readonly CaptionFragment[]): WordStream {
  const words: string[] = [];
  const secs: number[] = [];
  const speakers: (string | undefined)[] = [];
  const extra = new Map<number, number>();
  const pause = fragments.map((fragment, k) => pauseScore(fragment, fragments[k + 1]));
  const named = fragments.map((fragment) => splitSpeakerMarks(fragment.words));
  // `Name:` counts only in a dialogue (two names or more); otherwise it is text (`Note: ...`).
  const dialogue = new Set(named.flat().flatMap((run) => (run.name === undefined ? [] : [run.name]))).size >= MIN_NAMES;
  let speaker: string | undefined;
  fragments.forEach((fragment, k) => {
    const runs = dialogue ? named[k]! : splitSpeakerMarks(fragment.words, false);
    const count = runs.reduce((n, run) => n + run.words.length, 0);
    const step = Math.max(0, Math.min((fragments[k + 1]?.sec ?? fragment.sec + TYPICAL_STEP) - fragment.sec, LONG_STEP));
    let j = 0;
    for (const run of runs) {
      if (run.newSpeaker) {
        speaker = run.name;
        if (words.length > 0) extra.set(words.length, FORCED);
      }
      for (const word of run.words) {
        const score = j === 0 ? Math.max(pause[k]!, pause[k - 1] ?? 0) : pause[k]!;
        if (words.length > 0 && score > 0 && !extra.has(words.length)) extra.set(words.length, score);
        words.push(word);
        speakers.push(speaker);
        secs.push(Math.floor(fragment.sec + (step * j++) / count));
      }
    }
  });
  return { words, secs, extra, ...(speakers.some((s) => s !== undefined) && { speakers }) };
}

/** Distinct `Name:` speakers a caption file must have for those markers to count. */
const MIN_NAMES = 2;

/** A step between fragment times this long (in seconds) is taken as this long when spreading its words. */
const LONG_STEP = 5;

/** How much a fragment's slowness (characters over the seconds to the next fragment) suggests a pause in it. */
function pauseScore(fragment: CaptionFragment, next: CaptionFragment | undefined): number {
  const chars = fragment.words.reduce((n, w) => n + w.length + 1, 0);
  const step = Math.max(SHORTEST_STEP, next ? next.sec - fragment.sec : TYPICAL_STEP);
  return PAUSE_WEIGHT * Math.max(0, Math.log(STEADY_RATE / (chars / step)));
}
