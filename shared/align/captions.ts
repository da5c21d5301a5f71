import { detectFormat, isRolling, parseCaptions, parseSrt, parseVtt, splitWords, ImportError, type SubtitleCue } from '../import/index.js';

/** One word of a caption track and when it is said (seconds from the start of the track). */
export interface CaptionWord {
  readonly word: string;
  readonly sec: number;
}

/** A caption line's words are spread over at most this many seconds (to the next line's time). */
const LONG_STEP = 5;
/** Seconds a caption line lasts when no line follows it. */
const TYPICAL_STEP = 3;
/**
 * Auto-caption times are floored to whole seconds: a line said at 12.0–12.99 s reads `0:12`. On the
 * real pair (seeds/001), adding 0.3 s put the most turn starts within 1 s of the published ones
 * (104/106; 0: 99, 0.5: 98), the published times being whole seconds themselves.
 */
const FLOOR_CORRECTION = 0.3;

/**
 * The timed words of a caption file, in time order: video auto-captions (`0:04 text` lines), SRT or
 * WebVTT (rolling captions that repeat the previous cue's line are read once). Each line's or cue's
 * words get times spread evenly across it. Throws ImportError (file and line) for anything else.
 */
export function captionWords(text: string, file = 'captions.txt'): CaptionWord[] {
  const format = detectFormat(text, file);
  switch (format) {
    case 'captions':
      return autoCaptionWords(text, file);
    case 'srt':
      return cueWords(parseSrt(text, file));
    case 'vtt':
      return cueWords(parseVtt(text, file));
    default:
      throw new ImportError(file, null, `not a caption track: it reads as ${format}; expected video captions (\`0:04 text\` lines), SRT or WebVTT`);
  }
}

function autoCaptionWords(text: string, file: string): CaptionWord[] {
  const fragments = parseCaptions(text, file);
  const words: CaptionWord[] = [];
  fragments.forEach((fragment, k) => {
    const step = Math.max(0, Math.min((fragments[k + 1]?.sec ?? fragment.sec + TYPICAL_STEP) - fragment.sec, LONG_STEP));
    const start = fragment.sec + (Number.isInteger(fragment.sec) ? FLOOR_CORRECTION : 0);
    fragment.words.forEach((word, j) => words.push({ word, sec: start + (step * j) / fragment.words.length }));
  });
  return words;
}

function cueWords(cues: readonly SubtitleCue[]): CaptionWord[] {
  const rolling = isRolling(cues);
  const words: CaptionWord[] = [];
  let previousLine = '';
  for (const cue of cues) {
    const lines = cue.spans.flatMap((s) => s.text.split('\n')).map((l) => l.trim()).filter((l) => l !== '');
    if (rolling && lines.length > 0 && lines[0] === previousLine) lines.shift();
    if (lines.length > 0) previousLine = lines[lines.length - 1]!;
    const cueWords = splitWords(lines.join(' '));
    const span = Math.max(0, cue.end - cue.start);
    cueWords.forEach((word, j) => words.push({ word, sec: cue.start + (span * j) / cueWords.length }));
  }
  return words;
}
