/** SRT and WebVTT cues as the importers take them: times, and payload text split by voice with tags removed. */
import { srtCues } from './srt-cues.js';
import { ImportError } from './types.js';
import { vttCues } from './vtt-cues.js';

export { isCueTiming } from './subtitle-time.js';
export { stripTags, voiceSpans } from './cue-text.js';

/** One span of a cue's text: who says it (when named) and whether it opens with a change of speaker (`>>`). */
export interface CueSpan {
  readonly voice?: string;
  /** A `>>` speaker-change marker opened it (the speaker may be unnamed). */
  readonly change?: boolean;
  readonly text: string;
}

/** One subtitle cue: when it shows, its text by voice, and where it was. */
export interface SubtitleCue {
  /** Start and end in seconds (fractions kept). */
  readonly start: number;
  readonly end: number;
  /** The cue's text in voice spans (`<v Name>`); `voice` is undefined where none is named. Tags are removed. */
  readonly spans: readonly CueSpan[];
  /** 1-based line of the cue's time line. */
  readonly line: number;
}

/** A block of a subtitle file that is no cue and was left out, as players leave it out. */
export interface SkippedBlock {
  /** 1-based line where the block starts. */
  readonly line: number;
  /** What it is, for people (`a block with no time line, skipped: “…”`), without its line. */
  readonly reason: string;
}

/** The cues of a subtitle file and the blocks that were skipped. */
export interface SubtitleRead {
  readonly cues: readonly SubtitleCue[];
  readonly skipped: readonly SkippedBlock[];
}

/**
 * Reads SRT or WebVTT as players do: a block that is no cue is skipped (and reported), not the whole
 * file. Throws ImportError naming the file and line when WebVTT lacks its `WEBVTT` line or no cue has text.
 */
export function readSubtitles(text: string, format: 'srt' | 'vtt', file = `subtitles.${format}`): SubtitleRead {
  const read = format === 'srt' ? srtCues(text) : vttCues(text, file);
  if (!read.cues.some((c) => c.spans.length > 0)) {
    const first = read.skipped[0];
    const example = format === 'srt' ? '`00:00:01,000 --> 00:00:04,000`' : '`00:01.000 --> 00:04.000`';
    const why = read.cues.length > 0 ? 'its cues hold no text' : `no cue found (a ${example} time line, its text below it)`;
    throw new ImportError(file, first?.line ?? 1, `${why}${first ? `; here, ${first.reason}` : ''}`);
  }
  return read;
}

/** SRT cues (see `readSubtitles`); blocks that are no cue are skipped. */
export function parseSrt(text: string, file = 'subtitles.srt'): SubtitleCue[] {
  return [...readSubtitles(text, 'srt', file).cues];
}

/** WebVTT cues (see `readSubtitles`): NOTE, STYLE and REGION blocks and blocks that are no cue are skipped. */
export function parseVtt(text: string, file = 'subtitles.vtt'): SubtitleCue[] {
  return [...readSubtitles(text, 'vtt', file).cues];
}
