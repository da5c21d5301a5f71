import { buildTurns, type TurnBuildOptions } from './build-turns.js';
import { ImportError, quoteLine, type TranscriptImport } from './types.js';
import { splitWords } from './words.js';

/** One subtitle cue: when it shows, its text by voice, and where it was. */
export interface SubtitleCue {
  /** Start and end in seconds (fractions kept). */
  readonly start: number;
  readonly end: number;
  /** The cue's text in voice spans (`<v Name>`); `voice` is undefined where none is named. Tags are removed. */
  readonly spans: readonly { readonly voice?: string; readonly text: string }[];
  /** 1-based line of the cue's time line. */
  readonly line: number;
}

const TIMING = /^((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s+-->\s+((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})(?:\s.*)?$/;
const SRT_EXAMPLE = '`00:00:01,000 --> 00:00:04,000`';
const VTT_EXAMPLE = '`00:01.000 --> 00:04.000`';

/** True for a cue time line (`00:00:01,000 --> 00:00:04,000`, WebVTT's `00:01.000 --> 00:04.000 align:start`). */
export function isCueTiming(line: string): boolean {
  return TIMING.test(line.trim());
}

/** A subtitle timestamp in seconds: `01:02:03,456`, `02:03.456`. */
export function cueSeconds(text: string): number {
  const [clock, fraction] = text.split(/[.,]/) as [string, string];
  const whole = clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
  return whole + Number(`0.${fraction}`);
}

/** The blank-line separated blocks of a text, each with the 1-based line of its first line. */
function blocks(text: string): { lines: string[]; line: number }[] {
  const result: { lines: string[]; line: number }[] = [];
  let current: { lines: string[]; line: number } | undefined;
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') current = undefined;
    else if (current) current.lines.push(raw);
    else result.push((current = { lines: [raw], line: index + 1 }));
  });
  return result;
}

/** Reads SRT cues: `N`, `start --> end`, text lines. Throws ImportError naming the cue and line whose time line is missing. */
export function parseSrt(text: string, file = 'subtitles.srt'): SubtitleCue[] {
  return blocks(text).map((block, n) => {
    const at = block.lines.findIndex(isCueTiming);
    if (at === -1 || at > 1 || (at === 1 && !/^\d+$/.test(block.lines[0]!.trim()))) {
      const label = /^\d+$/.test(block.lines[0]!.trim()) ? `cue ${block.lines[0]!.trim()}` : `cue ${n + 1}`;
      throw new ImportError(file, block.line, `${label} has no time line (${SRT_EXAMPLE}); found ${quoteLine(block.lines[at === -1 ? Math.min(1, block.lines.length - 1) : 0]!)}`);
    }
    return cue(block.lines[at]!, block.lines.slice(at + 1), block.line + at);
  });
}

/** Reads WebVTT cues, skipping NOTE, STYLE and REGION blocks. Throws ImportError without the `WEBVTT` header or for a cue without a time line. */
export function parseVtt(text: string, file = 'subtitles.vtt'): SubtitleCue[] {
  const [header, ...rest] = blocks(text);
  if (!header || !/^WEBVTT(?:$|[ \t])/.test(header.lines[0]!)) throw new ImportError(file, 1, 'a WebVTT file starts with a `WEBVTT` line');
  return rest.flatMap((block, n) => {
    if (/^(?:NOTE|STYLE|REGION)(?:$|[ \t])/.test(block.lines[0]!)) return [];
    const at = block.lines.findIndex(isCueTiming);
    if (at === -1 || at > 1) {
      throw new ImportError(file, block.line, `cue ${n + 1} has no time line (${VTT_EXAMPLE}); found ${quoteLine(block.lines[0]!)}`);
    }
    return [cue(block.lines[at]!, block.lines.slice(at + 1), block.line + at)];
  });
}

function cue(timing: string, payload: readonly string[], line: number): SubtitleCue {
  const [, start, end] = TIMING.exec(timing.trim())!;
  return { start: cueSeconds(start!), end: cueSeconds(end!), spans: voiceSpans(payload.join('\n')), line };
}

/** A cue's payload split at `<v Name>` tags, other tags (`<c>`, `<i>`, `<00:01.000>`, `{\an8}`) removed, entities decoded. */
export function voiceSpans(payload: string): { voice?: string; text: string }[] {
  const spans: { voice?: string; text: string }[] = [];
  const parts = payload.split(/(<v(?:\.[^\s>]*)?\s+[^>]*>|<\/v>)/);
  let voice: string | undefined;
  for (const part of parts) {
    const open = /^<v(?:\.[^\s>]*)?\s+([^>]*)>$/.exec(part);
    if (open) voice = decodeEntities(open[1]!.trim()) || undefined;
    else if (part === '</v>') voice = undefined;
    else {
      const text = decodeEntities(part.replace(/<[^>]*>/g, '').replace(/\{\\[^}]*\}/g, ''));
      if (text.trim() !== '') spans.push(voice === undefined ? { text } : { voice, text });
    }
  }
  return spans;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Share of cues that must begin with the previous cue's last line for a file to count as rolling captions. */
const ROLLING_SHARE = 0.3;

/** True for rolling captions (YouTube's), where most cues first repeat the line shown before them. */
function isRolling(cues: readonly SubtitleCue[]): boolean {
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
  const { turns } = buildTurns({ words, secs, extra, ...(named && { speakers }) }, options);
  const voices = [...new Set(speakers.filter((s): s is string => s !== undefined))];
  const notes = [`${cues.length} cues merged into ${turns.length} paragraphs; ${named ? `speakers from voice tags: ${voices.join(', ')}` : 'speakers not assigned'}`];
  if (repeats > 0) notes.push(`${repeats} repeated line(s) of rolling captions read once`);
  const back = cues.find((c, k) => k > 0 && c.start < cues[k - 1]!.start);
  if (back) notes.push(`line ${back.line}: a cue starts before the one above it; kept in file order`);
  return { format: options.format, items: turns, estimated: new Set(), notes };
}
