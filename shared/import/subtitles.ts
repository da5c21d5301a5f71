import { buildTurns, type TurnBuildOptions, type WordStream } from './build-turns.js';
import { parseSrt, parseVtt, type SubtitleCue } from './subtitle-cues.js';
import type { TranscriptImport } from './types.js';
import { splitWords } from './words.js';

/** Share of cues that must begin with the previous cue's last line for a file to count as rolling captions. */
const ROLLING_SHARE = 0.3;

/** True for rolling captions (YouTube's), where most cues first repeat the line shown before them. */
export function isRolling(cues: readonly SubtitleCue[]): boolean {
  let repeats = 0;
  let previous = '';
  for (const c of cues) {
    const lines = c.spans.flatMap((s) => s.text.split('\n')).map((l) => l.trim()).filter((l) => l !== '');
    if (lines.length > 0 && lines[0] === previous) repeats++;
    if (lines.length > 0) previous = lines[lines.length - 1]!;
  }
  return cues.length > 0 && repeats >= cues.length * ROLLING_SHARE;
}

/** A silence this long (seconds) between cues is a pause. */
const PAUSE_SEC = 1;
const CUE_START_SCORE = 0.2;
const PAUSE_SCORE = 1;

/**
 * SRT or WebVTT to turns: cues are merged into paragraphs like captions (at pauses, sentence ends,
 * reply words and length limits); a change of `<v Name>` voice always starts a new turn with that
 * speaker. Each turn takes its first word's time (cue start, or its place within the cue). Rolling
 * captions that repeat the previous cue's last line (as YouTube's do) are read once.
 */
export function importSubtitles(text: string, options: TurnBuildOptions & { readonly format: 'srt' | 'vtt'; readonly file?: string }): TranscriptImport {
  const cues = options.format === 'srt' ? parseSrt(text, options.file) : parseVtt(text, options.file);
  const { stream, repeats } = subtitleStream(cues);
  const turns = buildTurns(stream, options);
  const voices = [...new Set(stream.speakers?.filter((s): s is string => s !== undefined))];
  const notes = [`${cues.length} cues merged into ${turns.length} paragraphs; ${voices.length > 0 ? `speakers from voice tags: ${voices.join(', ')}` : 'speakers not assigned'}`];
  if (repeats > 0) notes.push(`${repeats} repeated line(s) of rolling captions read once`);
  const back = cues.find((c, k) => k > 0 && c.start < cues[k - 1]!.start);
  if (back) notes.push(`line ${back.line}: a cue starts before the one above it; kept in file order`);
  return { format: options.format, items: turns, estimated: new Set(), notes };
}

/**
 * The words of subtitle cues, each timed by its place in its cue and spoken by its voice, with a bonus
 * for breaking at a cue start after a silence; and how many rolling-caption repeats were dropped.
 */
function subtitleStream(cues: readonly SubtitleCue[]): { stream: WordStream; repeats: number } {
  const words: string[] = [];
  const secs: number[] = [];
  const speakers: (string | undefined)[] = [];
  const extra = new Map<number, number>();
  const rolling = isRolling(cues);
  let previousLine = '';
  let repeats = 0;
  cues.forEach((c, k) => {
    const spans = c.spans.flatMap((span) => {
      const lines = span.text.split('\n').filter((l) => l.trim() !== '');
      if (rolling && lines.length > 0 && lines[0]!.trim() === previousLine) {
        lines.shift();
        repeats++;
      }
      if (lines.length > 0) previousLine = lines[lines.length - 1]!.trim();
      return lines.length > 0 ? [{ voice: span.voice, words: splitWords(lines.join(' ')) }] : [];
    });
    const count = spans.reduce((n, s) => n + s.words.length, 0);
    if (count === 0) return;
    const before = cues[k - 1];
    if (words.length > 0) extra.set(words.length, CUE_START_SCORE + (before && c.start - before.end >= PAUSE_SEC ? PAUSE_SCORE : 0));
    let j = 0;
    for (const span of spans) {
      for (const word of span.words) {
        words.push(word);
        secs.push(Math.floor(c.start + (Math.max(0, c.end - c.start) * j++) / count));
        speakers.push(span.voice);
      }
    }
  });
  const named = speakers.some((s) => s !== undefined);
  return { stream: { words, secs, extra, ...(named && { speakers }) }, repeats };
}
