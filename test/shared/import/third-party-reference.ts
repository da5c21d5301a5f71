/**
 * What a player shows of each third-party subtitle fixture (test/fixtures/import/third-party), read
 * independently of the importer: line by line, where the importer reads blocks. For the WPT suite the
 * cues are the browser test's own expectations; for subtitle.js's films, subtitle.js's own parse.
 */
import { readFileSync } from 'node:fs';
import { fixture } from '../../support/paths.js';

/** A cue as a player shows it: start and end in seconds, and the words of its text (tags removed). */
export interface ReferenceCue {
  readonly start: number;
  readonly end: number;
  readonly words: readonly string[];
}

/** What should come of importing a fixture. */
export type Expected =
  | { readonly kind: 'refused'; readonly line: number | null; readonly message: RegExp }
  | { readonly kind: 'cues'; readonly cues: readonly ReferenceCue[]; readonly skipped?: number; readonly rolling?: boolean };

const time = (text: string): number | undefined => {
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d+))?$/.exec(text);
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(`0.${m[4] ?? 0}`) : undefined;
};

/** Words of cue text as players show it: `<tags>`, `<00:01.000>` and `{\an8}` removed, common entities decoded. */
export function cueWords(text: string): string[] {
  const shown = text
    .replace(/<\/?[a-z][^<>]*>|<\d[\d:.]*>|\{\\[^}]*\}/gi, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0');
  return shown.split(/\s+/).filter((w) => w !== '');
}

/**
 * SRT or WebVTT cues, line by line: a time line starts a cue (the number just above it is not text);
 * the lines after it are its text until the next time line, or a time line that cannot be read (whose
 * cue players drop), or in WebVTT an empty line; in SRT blank lines are text, until a line number with
 * no time line under it. With `rolling`, a cue's first line that repeats the
 * previous cue's last line is left out.
 */
export function referenceCues(text: string, rolling = false): ReferenceCue[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const vtt = lines[0]!.startsWith('WEBVTT');
  const cues: { start: number; end: number; text: string[] }[] = [];
  let open: { start: number; end: number; text: string[] } | undefined;
  lines.forEach((line, i) => {
    const timing = /^\s*(\S+?)\s*-->\s*(\S+)/.exec(line);
    if (timing) {
      // WebVTT times are strict (`00:01.000`: minutes and seconds of two digits up to 59, three-digit milliseconds).
      const strict = (t: string) => (!vtt || /^(?:\d+:)?[0-5]\d:[0-5]\d\.\d{3}$/.test(t) ? time(t) : undefined);
      const [start, end] = [strict(timing[1]!), strict(timing[2]!)];
      if (open && /^\d+$/.test(open.text[open.text.length - 1]?.trim() ?? '')) open.text.pop();
      open = start === undefined || end === undefined ? undefined : { start, end, text: [] };
      if (open) cues.push(open);
      return;
    }
    const afterBlank = i > 0 && lines[i - 1]!.trim() === '';
    const numberAlone = /^\d+$/.test(line.trim()) && !/-->/.test(lines[i + 1] ?? '');
    if (afterBlank && (vtt || numberAlone)) open = undefined;
    open?.text.push(line);
  });
  let previous = '';
  return cues.map((c) => {
    const shown = c.text.map((l) => cueWords(l).join(' ')).filter((l) => l !== '');
    // Rolling captions: a cue's first line that repeats the last line shown is read once.
    if (rolling && shown[0] === previous) shown.shift();
    if (shown.length > 0) previous = shown[shown.length - 1]!;
    return { start: c.start, end: c.end, words: shown.flatMap((l) => l.split(' ')) };
  });
}

const at = (start: number, ...texts: string[]): ReferenceCue[] => texts.map((t) => ({ start, end: start + 1, words: cueWords(t) }));
const numbered = (n: number): string[] => Array.from({ length: n }, (_, i) => `text${i + 1}`);

/** The cues the WPT test of each fixture expects a browser to read (from its `.html`). */
const WPT: Record<string, readonly ReferenceCue[]> = {
  'arrows.vtt': at(0, ...numbered(6)),
  'ids.vtt': at(0, ...numbered(5)),
  'regions-old.vtt': at(0, ...numbered(2)),
  'settings-align.vtt': at(0, ...numbered(13)),
  'settings-multiple.vtt': at(0, ...numbered(2)),
  'settings-region.vtt': at(0, ...numbered(5), 'invalid', 'invalid', 'invalid', 'invalid'),
  'timings-negative.vtt': [
    { start: 0, end: 0, words: ['text1'] },
    { start: 1, end: 0.999, words: ['text2'] },
    { start: 60, end: 59.999, words: ['text3'] },
    { start: 3600, end: 3599.999, words: ['text4'] },
  ],
  'timings-omitted-hours.vtt': at(0, ...numbered(3)),
  'timings-too-long.vtt': at(0, ...numbered(2)),
  'timings-too-short.vtt': at(0, ...numbered(2)),
  'whitespace-chars.vtt': at(0, ...numbered(3)),
};

/** Fixtures that hold no cue a player would show: refused, naming the file and (where there is one) the line. */
const REFUSED: Record<string, Expected> = {
  'webvtt-py/empty.vtt': { kind: 'refused', line: null, message: /the file is empty/ },
  'webvtt-py/no_captions.vtt': { kind: 'refused', line: 1, message: /no cue found/ },
  'webvtt-py/invalid.vtt': { kind: 'refused', line: 1, message: /a WebVTT file starts with a `WEBVTT` line/ },
  'webvtt-py/invalid_format1.srt': { kind: 'refused', line: 1, message: /no cue found/ },
  'webvtt-py/invalid_format2.srt': { kind: 'refused', line: 1, message: /no cue found.*text before the first cue/ },
  'webvtt-py/invalid_format3.srt': { kind: 'refused', line: 1, message: /no cue found.*text before the first cue/ },
  'webvtt-py/invalid_format4.srt': { kind: 'refused', line: 1, message: /its cues hold no text.*text before the first cue/ },
  'node-webvtt/malformed.vtt': { kind: 'refused', line: 8, message: /its cues hold no text.*a block with no time line, skipped: “...mission.”/ },
};

/** How many blocks that are no cue the importer should skip (and say so), where the fixture has such blocks on purpose. */
const SKIPPED: Record<string, number> = {
  'webvtt-py/missing_timeframe.srt': 1,
  'webvtt-py/missing_timeframe.vtt': 1,
  'webvtt-py/invalid_timeframe.vtt': 1,
  'node-webvtt/acid.vtt': 53,
  'wpt/arrows.vtt': 9,
  'wpt/whitespace-chars.vtt': 1,
  'wpt/timings-too-long.vtt': 13,
  'wpt/timings-too-short.vtt': 30,
};

/** Fixtures that are rolling captions, whose repeated lines are read once. */
const ROLLING = new Set(['webvtt-py/youtube_dl.vtt']);

/** The expected outcome of a fixture (`project/name`), given its decoded text. */
export function expected(name: string, text: string): Expected {
  const refused = REFUSED[name];
  if (refused) return refused;
  const [project, file] = name.split('/') as [string, string];
  const skipped = SKIPPED[name];
  const extra = { ...(skipped !== undefined && { skipped }), ...(ROLLING.has(name) && { rolling: true }) };
  if (project === 'wpt') return { kind: 'cues', cues: WPT[file]!, ...extra };
  if (project === 'subtitle.js') {
    const parsed = JSON.parse(readFileSync(fixture('import/third-party/subtitle.js', file.replace(/\.(srt|vtt)$/, '.cues.json')), 'utf8')) as { start: number; end: number; text: string }[];
    return { kind: 'cues', cues: parsed.map((c) => ({ start: c.start / 1000, end: c.end / 1000, words: cueWords(c.text) })), ...extra };
  }
  return { kind: 'cues', cues: referenceCues(text, ROLLING.has(name)), ...extra };
}
