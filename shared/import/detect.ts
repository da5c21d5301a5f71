import { looksLikeChapters } from './chapter-detect.js';
import { leadingTime } from './clock.js';
import { stripTags } from './cue-text.js';
import { isCueTiming } from './subtitle-cues.js';
import { classifyTranscriptLine } from './transcript-text.js';
import { ImportError, type ImportFormat } from './types.js';
import { looksLikeName } from './names.js';

/** What the importers read, for the message when an input matches none of it. */
export const EXPECTED_FORMATS =
  'expected video captions (`0:04 text` lines), SRT/WebVTT cues, a chapter list (`00:00:00 Title` lines), `Name: text` lines, time/speaker/paragraph blocks, or plain text';

/** Share of lines that must start with a time for a text to count as timed lines. */
const TIMED_SHARE = 0.8;
/** Caption steps are a few seconds; above this median a time-line text is a transcript. */
const CAPTION_MAX_STEP = 15;

/**
 * Refuses what is no text transcript at all (empty, binary, an episode file, JSON or markup, too few
 * letters), naming what was expected. Subtitles the user chose to read as such (`format`) are left to
 * their parser to refuse, which names the line: a file of cue numbers and times is not "too few letters".
 */
export function assertImportable(text: string, file: string, format?: ImportFormat): void {
  const refuse = (why: string): never => {
    throw new ImportError(file, null, `not a transcript this app can import: ${why}; ${EXPECTED_FORMATS}`);
  };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') refuse('the file is empty');
  const control = body.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (body.includes('\u0000') || control > body.length / 100) refuse('it is binary data, not text');
  const lines = body.split(/\r?\n/);
  if (/^---\s*$/.test(lines[0]!) && lines.slice(1).some((l) => /^---\s*$/.test(l))) refuse('it already is an episode file (YAML frontmatter between `---` lines): open it instead');
  const trimmed = body.trim();
  if (/^[{[]/.test(trimmed) && isJson(trimmed)) refuse('it is JSON data');
  if (/^<(?:\?xml|!doctype|html|tt|\w+[\s>])/i.test(trimmed)) refuse('it is XML or HTML markup');
  if (format === 'srt' || format === 'vtt') return;
  // Subtitle time lines and cue numbers are digits by design: only the text around them must be letters.
  const prose = stripTags(lines.filter((l) => !isCueTiming(l) && !l.includes('-->') && !/^\s*\d+\s*$/.test(l)).join('\n'));
  const nonSpace = prose.replace(/\s/g, '');
  const letters = nonSpace.match(/\p{L}/gu)?.length ?? 0;
  // A chapter list of short titles (`0:00 Intro`) is mostly digits too.
  if ((letters < nonSpace.length / 2 || !/\p{L}{2}/u.test(trimmed)) && !looksLikeChapters(body)) refuse('it has too few letters to be text');
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The format of a raw input, from its lines: WebVTT (`WEBVTT`), SRT (`-->` time lines), a chapter list
 * (`looksLikeChapters`: timed titles far apart, maybe in a description), captions (timed lines a few
 * seconds apart, or time lines each followed by text), a transcript (`Name: text` lines, or time lines
 * followed by speaker lines), else plain text. Throws ImportError naming what was expected when the
 * input is no transcript at all.
 */
export function detectFormat(text: string, file = 'input.txt'): ImportFormat {
  assertImportable(text, file);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  if (/^WEBVTT(?:$|[ \t])/.test(lines[0]!)) return 'vtt';
  if (lines.some(isCueTiming)) return 'srt';
  if (looksLikeChapters(text)) return 'chapters';
  const times = lines.map(leadingTime);
  const timed = times.filter((t) => t !== undefined);
  const classified = lines.map(classifyTranscriptLine);
  const said = classified.filter((l) => l.kind === 'said').length;
  const speakerTimes = classified.filter((l) => l.kind === 'time' && l.speaker !== undefined).length;
  const step = medianStep(timed.map((t) => t.sec));
  if (timed.length >= lines.length * TIMED_SHARE) {
    if (said + speakerTimes >= timed.length / 2) return 'transcript';
    return 'captions';
  }
  const timeOnly = times.flatMap((t, i) => (t !== undefined && t.rest === '' ? [i] : []));
  if (timeOnly.length >= 2) {
    const named = timeOnly.filter((i) => looksLikeName((lines[i + 1] ?? '').replace(/:$/, '')) && leadingTime(lines[i + 1] ?? '') === undefined).length;
    if (named < timeOnly.length * 0.6 && step <= CAPTION_MAX_STEP && timed.length === timeOnly.length) return 'captions';
    return 'transcript';
  }
  if (speakerTimes >= 2 || (said >= 2 && said >= lines.length * 0.3)) return 'transcript';
  return 'text';
}

function medianStep(secs: readonly number[]): number {
  const steps = secs.slice(1).map((s, i) => s - secs[i]!).sort((a, b) => a - b);
  return steps.length === 0 ? 0 : steps[Math.floor(steps.length / 2)]!;
}
