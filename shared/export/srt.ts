/** SubRip (`.srt`): numbered cues, `HH:MM:SS,mmm --> HH:MM:SS,mmm`, a blank line after each. */
import type { EpisodeDocument } from '../episode/document.js';
import { cueTime, cuesOf } from './cues.js';
import type { ExportOptions } from './types.js';

export function exportSrt(doc: EpisodeDocument, options: ExportOptions): { text: string; warnings: string[] } {
  const prefix = options.speakerPrefix ? (who: string) => `${who}: ` : undefined;
  const { cues, warnings } = cuesOf(doc, 'SRT', prefix);
  const blocks = cues.map((cue, i) => `${i + 1}\n${cueTime(cue.startMs, ',')} --> ${cueTime(cue.endMs, ',')}\n${cue.lines.map(srtLine).join('\n')}\n`);
  return { text: blocks.join('\n'), warnings };
}

/** SRT has no escapes: an arrow in the text would read as a timing line to some players, so it loses one dash. */
function srtLine(line: string): string {
  return line.replace(/-->/g, '->');
}
