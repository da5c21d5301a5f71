/** SRT read as players read it: time lines start cues; numbers, milliseconds and blank lines are optional. */
import { textLines, voiceSpans } from './cue-text.js';
import type { SkippedBlock, SubtitleCue, SubtitleRead } from './subtitle-cues.js';
import { srtTiming } from './subtitle-time.js';
import { quoteLine } from './types.js';

/** A line meant as a time line: digits, then `-->` (read or not). */
const ARROW_LINE = /^\s*\d[\d:.,]*\s*-->/;
const INDEX = /^\s*\d+\s*$/;

/**
 * The cues of an SRT file. Each time line (`00:00:01,000 --> 00:00:04,000`, `.` decimals or none
 * allowed) starts a cue, whose text runs to the next time line (less that cue's number), blank lines
 * inside it kept. Skipped, and reported: text before the first cue, a numbered block with no time line
 * (`2` then text), and a cue whose time line cannot be read.
 */
export function srtCues(text: string): SubtitleRead {
  const lines = textLines(text);
  const starts = lines.flatMap((l, i) => (ARROW_LINE.test(l) || srtTiming(l) ? [i] : []));
  const cues: SubtitleCue[] = [];
  const skipped: SkippedBlock[] = [];
  const end = (k: number): number => {
    const next = starts[k + 1] ?? lines.length;
    return next > 0 && INDEX.test(lines[next - 1] ?? '') && next - 1 > (starts[k] ?? -1) ? next - 1 : next;
  };
  const before = paragraphs(lines, 0, end(-1));
  for (const p of before) skipped.push({ line: p.line, reason: `text before the first cue, skipped: ${quoteLine(lines[p.line - 1]!)}` });
  starts.forEach((at, k) => {
    const timing = srtTiming(lines[at]!);
    if (!timing) {
      skipped.push({ line: at + 1, reason: `a time line that cannot be read (\`00:00:01,000 --> 00:00:04,000\`), cue skipped: ${quoteLine(lines[at]!)}` });
      return;
    }
    const text: string[] = [];
    paragraphs(lines, at + 1, end(k)).forEach((p) => {
      // A number after a blank line, with text but no time line, is a cue that lost its time line.
      if (p.line > at + 2 && INDEX.test(p.lines[0]!)) {
        skipped.push({ line: p.line, reason: `cue ${p.lines[0]!.trim()} has no time line, skipped: ${quoteLine(p.lines[1] ?? p.lines[0]!)}` });
      } else text.push(...p.lines);
    });
    cues.push({ ...timing, spans: voiceSpans(text.join('\n')), line: at + 1 });
  });
  return { cues, skipped };
}

/** The blank-line separated paragraphs of lines `from`..`to`, each with the 1-based line of its first line. */
function paragraphs(lines: readonly string[], from: number, to: number): { lines: string[]; line: number }[] {
  const result: { lines: string[]; line: number }[] = [];
  let current: string[] | undefined;
  for (let i = from; i < to; i++) {
    if (lines[i]!.trim() === '') current = undefined;
    else if (current) current.push(lines[i]!);
    else result.push({ lines: (current = [lines[i]!]), line: i + 1 });
  }
  return result;
}
