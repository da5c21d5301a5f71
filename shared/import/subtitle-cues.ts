/** SRT and WebVTT cues: time lines, payload text split by `<v Name>` voice, other tags removed. */
import { ImportError, quoteLine } from './types.js';

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
function cueSeconds(text: string): number {
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
