/** WebVTT read as browsers read it (the WebVTT parser algorithm of the W3C spec, cue text aside). */
import { textLines, voiceSpans } from './cue-text.js';
import type { SkippedBlock, SubtitleCue, SubtitleRead } from './subtitle-cues.js';
import { vttTiming } from './subtitle-time.js';
import { ImportError, quoteLine } from './types.js';

const SIGNATURE = /^WEBVTT(?:$|[ \t])/;
/** Blocks that hold no cue by design: comments, style sheets, regions. */
const NOT_CUE = /^(?:NOTE|STYLE|REGION)\b/;

/**
 * The cues of a WebVTT file. As in the spec, a block ends at an empty line or where a line holding
 * `-->` follows its time line (that line starts the next block); its time line is its first line, or
 * its second after an identifier; a block with a time line that cannot be read, or none, is skipped.
 * NUL characters read as U+FFFD. Throws ImportError without the `WEBVTT` line.
 */
export function vttCues(text: string, file: string): SubtitleRead {
  const lines = textLines(text).map((l) => l.replace(/\0/g, '\ufffd'));
  if (!SIGNATURE.test(lines[0]!)) throw new ImportError(file, 1, `a WebVTT file starts with a \`WEBVTT\` line; found ${quoteLine(lines[0]!)}`);
  let at = 1;
  // The header runs to an empty line, or to a line holding `-->` (read as the first cue's).
  while (at < lines.length && lines[at] !== '' && !lines[at]!.includes('-->')) at++;
  const cues: SubtitleCue[] = [];
  const skipped: SkippedBlock[] = [];
  while (at < lines.length) {
    if (lines[at] === '') {
      at++;
      continue;
    }
    const start = at;
    const arrow = lines[at]!.includes('-->') ? at : at + 1 < lines.length && lines[at + 1]!.includes('-->') ? at + 1 : -1;
    if (arrow === -1) {
      while (at < lines.length && lines[at] !== '' && !lines[at]!.includes('-->')) at++;
      if (!NOT_CUE.test(lines[start]!) && lines[start]!.trim() !== '') skipped.push({ line: start + 1, reason: `a block with no time line, skipped: ${quoteLine(lines[start]!)}` });
      continue;
    }
    at = arrow + 1;
    while (at < lines.length && lines[at] !== '' && !lines[at]!.includes('-->')) at++;
    const timing = vttTiming(lines[arrow]!);
    if (timing) cues.push({ ...timing, spans: voiceSpans(lines.slice(arrow + 1, at).join('\n')), line: arrow + 1 });
    else skipped.push({ line: arrow + 1, reason: `a time line that cannot be read (\`00:01.000 --> 00:04.000\`), cue skipped: ${quoteLine(lines[arrow]!)}` });
  }
  return { cues, skipped };
}
