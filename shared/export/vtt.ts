/** WebVTT (`.vtt`): the `WEBVTT` header, then cues with the speaker as a voice span, `<v Alexey>text`. */
import type { EpisodeDocument } from '../episode/document.js';
import { cueTime, cuesOf } from './cues.js';

export function exportVtt(doc: EpisodeDocument): { text: string; warnings: string[] } {
  const { cues, warnings } = cuesOf(doc, 'WebVTT');
  const blocks = cues.map((cue) => {
    const voice = cue.who ? `<v ${escapeVtt(cue.who)}>` : '';
    return `${cueTime(cue.startMs, '.')} --> ${cueTime(cue.endMs, '.')}\n${voice}${cue.lines.map(escapeVtt).join('\n')}\n`;
  });
  return { text: ['WEBVTT\n', ...blocks].join('\n'), warnings };
}

/** Cue text escapes `&`, `<` and `>` (which also keeps a `-->` out of the payload). */
export function escapeVtt(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
