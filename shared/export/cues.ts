/**
 * Subtitle cues: each paragraph split into cues of at most two lines of 42 characters, timed across
 * the paragraph by its words, played one after another, never shorter than about a second.
 */
import type { EpisodeDocument } from '../episode/document.js';
import { ExportError } from './types.js';
import { MIN_CUE_MS, sequenced, timedParagraphs } from './timing.js';

/** The longest line of a cue, in characters (the common broadcast and platform limit). */
export const MAX_LINE_CHARS = 42;
/** Lines per cue. */
export const MAX_CUE_LINES = 2;

/** One subtitle cue. */
export interface Cue {
  readonly startMs: number;
  readonly endMs: number;
  readonly who: string | undefined;
  /** True for the first cue of a paragraph. */
  readonly first: boolean;
  /** One or two lines. */
  readonly lines: readonly string[];
}

/** The cues of a document; `prefix(who)` is the text put before a paragraph's first words (SRT's `Name: `), counted in the line width. */
export function cuesOf(doc: Pick<EpisodeDocument, 'file' | 'items'>, format: string, prefix: (who: string) => string = () => ''): { cues: Cue[]; warnings: string[] } {
  const { paragraphs, warnings, timed } = timedParagraphs(doc);
  if (!timed) throw new ExportError(doc.file, `${format} needs times, and no turn in the transcript has one (set them in the editor, or import captions)`);
  const raw: Cue[] = [];
  for (const p of paragraphs) {
    const lead = p.who ? prefix(p.who) : '';
    const chunks = chunkWords(p.words, lead);
    const total = p.words.length;
    let before = 0;
    chunks.forEach((chunk, i) => {
      const at = (n: number) => p.startMs + Math.round(((p.endMs - p.startMs) * n) / total);
      raw.push({ startMs: at(before), endMs: at(before + chunk.count), who: p.who, first: i === 0, lines: chunk.lines });
      before += chunk.count;
    });
  }
  return { cues: sequenced(raw, MIN_CUE_MS), warnings };
}

/** Words cut into cues of at most two lines; a word longer than a line (a URL) gets a line of its own. */
function chunkWords(words: readonly string[], lead: string): { lines: string[]; count: number }[] {
  const chunks: { lines: string[]; count: number }[] = [];
  let at = 0;
  while (at < words.length) {
    const first = chunks.length === 0 ? lead : '';
    // As many words as fit in two lines (greedily), then the break that makes the two lines most even.
    const cut = fill(words, at, first);
    const end = fill(words, cut, '');
    const greedy = end === cut ? [first + words.slice(at, cut).join(' ')] : [first + words.slice(at, cut).join(' '), words.slice(cut, end).join(' ')];
    chunks.push({ lines: balance(words.slice(at, end), first) ?? greedy, count: end - at });
    at = end;
  }
  return chunks;
}

/** The index after the last word from `from` that fits on one line starting with `lead`; at least one word. */
function fill(words: readonly string[], from: number, lead: string): number {
  let width = lead.length;
  let i = from;
  while (i < words.length) {
    const add = (i === from ? 0 : 1) + words[i]!.length;
    if (i > from && width + add > MAX_LINE_CHARS) break;
    width += add;
    i++;
  }
  return i;
}

/** The words on one line, or two as even as the line limit allows; undefined when no break keeps both within it. */
function balance(words: readonly string[], lead: string): string[] | undefined {
  const whole = lead + words.join(' ');
  if (whole.length <= MAX_LINE_CHARS) return [whole];
  let best: string[] | undefined;
  let bestWidth = Infinity;
  for (let cut = 1; cut < words.length; cut++) {
    const a = lead + words.slice(0, cut).join(' ');
    const b = words.slice(cut).join(' ');
    const width = Math.max(a.length, b.length);
    if (width <= MAX_LINE_CHARS && width < bestWidth) {
      best = [a, b];
      bestWidth = width;
    }
  }
  return best;
}

/** `HH:MM:SS` and the milliseconds after `separator` (`,` for SRT, `.` for WebVTT). */
export function cueTime(ms: number, separator: ',' | '.'): string {
  const whole = Math.max(0, Math.round(ms));
  const h = Math.floor(whole / 3_600_000);
  const m = Math.floor((whole % 3_600_000) / 60_000);
  const s = Math.floor((whole % 60_000) / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}${separator}${pad(whole % 1000, 3)}`;
}
