import { buildTurns, type TurnBuildOptions, type WordStream } from './build-turns.js';
import { markSpeakers } from './cue-speakers.js';
import { FORCED } from './paragraphs.js';
import { readSubtitles, type SkippedBlock, type SubtitleCue } from './subtitle-cues.js';
import type { TranscriptImport } from './types.js';
import { splitWords } from './words.js';

/** Share of the cues of two lines or more that must begin with the previous cue's last line for a file to count as rolling captions. */
const ROLLING_SHARE = 0.5;

/**
 * True for rolling captions (YouTube's), where a cue shows the line before it again above a new one:
 * most cues of two lines or more begin with the last line of the cue before. Cues of one line that
 * repeat (`foo`, `foo`, or `No.` twice) do not make a file rolling: only rolling files lose repeats.
 */
export function isRolling(cues: readonly SubtitleCue[]): boolean {
  let stacked = 0;
  let repeats = 0;
  let previous = '';
  for (const c of cues) {
    const lines = c.spans.flatMap((s) => s.text.split('\n')).map((l) => l.trim()).filter((l) => l !== '');
    if (lines.length >= 2) {
      stacked++;
      if (lines[0] === previous) repeats++;
    }
    if (lines.length > 0) previous = lines[lines.length - 1]!;
  }
  return repeats > 0 && repeats >= stacked * ROLLING_SHARE;
}

/** A silence this long (seconds) between cues is a pause. */
const PAUSE_SEC = 1;
const CUE_START_SCORE = 0.2;
const PAUSE_SCORE = 1;

/** Blocks named one by one in the import's notes; the rest are counted. */
const NAMED_SKIPS = 3;

/**
 * SRT or WebVTT to turns: cues are merged into paragraphs like captions (at pauses, sentence ends,
 * reply words and length limits); a change of `<v Name>` voice or of `>>` / `Name:` speaker marker
 * always starts a new turn, with that speaker. Each turn takes its first word's time (cue start, or its
 * place within the cue). Rolling captions that repeat the previous cue's last line (as YouTube's do)
 * are read once. Blocks that are no cue are skipped, each named in the notes by its line.
 */
export function importSubtitles(text: string, options: TurnBuildOptions & { readonly format: 'srt' | 'vtt'; readonly file?: string }): TranscriptImport {
  const read = readSubtitles(text, options.format, options.file);
  const marked = markSpeakers(read.cues);
  const cues = marked.cues;
  const { stream, repeats } = subtitleStream(cues);
  const turns = buildTurns(stream, options);
  const voices = [...new Set(stream.speakers?.filter((s): s is string => s !== undefined))];
  const from = marked.names.length > 0 ? 'speakers from `Name:` markers' : 'speakers from voice tags';
  const notes = [`${cues.length} cues merged into ${turns.length} paragraphs; ${voices.length > 0 ? `${from}: ${voices.join(', ')}` : 'speakers not assigned'}`];
  if (marked.changes > 0) notes.push(`${marked.changes} \`>>\` speaker change(s) start new turns`);
  if (repeats > 0) notes.push(`${repeats} repeated line(s) of rolling captions read once`);
  if (read.skipped.length > 0) notes.push(skippedNote(read.skipped));
  const back = cues.find((c, k) => k > 0 && c.start < cues[k - 1]!.start);
  if (back) notes.push(`line ${back.line}: a cue starts before the one above it; kept in file order`);
  return { format: options.format, items: turns, estimated: new Set(), notes };
}

function skippedNote(skipped: readonly SkippedBlock[]): string {
  const named = skipped.slice(0, NAMED_SKIPS).map((s) => `line ${s.line}: ${s.reason}`);
  const more = skipped.length - named.length;
  return `${skipped.length} block(s) that are no cue skipped, as players skip them: ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

/**
 * The words of subtitle cues, each timed by its place in its cue and spoken by its voice, with a bonus
 * for breaking at a cue start after a silence (a forced break at a `>>` marker); and how many rolling-caption repeats were dropped.
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
      return lines.length > 0 ? [{ voice: span.voice, change: span.change === true, words: splitWords(lines.join(' ')) }] : [];
    });
    const count = spans.reduce((n, s) => n + s.words.length, 0);
    if (count === 0) return;
    const before = cues[k - 1];
    if (words.length > 0) extra.set(words.length, CUE_START_SCORE + (before && c.start - before.end >= PAUSE_SEC ? PAUSE_SCORE : 0));
    let j = 0;
    for (const span of spans) {
      if (span.change && words.length > 0 && span.words.length > 0) extra.set(words.length, FORCED);
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
