/** What an import read, in words for its preview and messages: "5 chapters", "video captions, 1,426 caption lines", "SRT subtitles, 865 cues". */
import { leadingTime } from './clock.js';
import { isCueTiming } from './subtitle-cues.js';
import type { ImportFormat, ImportResult } from './types.js';
import { splitWords } from './words.js';

/** Each format's name in a sentence. */
export const FORMAT_NAMES: Record<ImportFormat, string> = {
  captions: 'video captions',
  text: 'plain text',
  transcript: 'a transcript',
  srt: 'SRT subtitles',
  vtt: 'WebVTT subtitles',
  chapters: 'a chapter list',
};

/** A count with its noun, the count grouped by thousands: `1,426 caption lines`, `1 turn`. */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : plural}`;
}

/** The turns an import or an episode holds (headers not counted). */
export function turnCount(items: readonly { readonly kind: string }[]): number {
  return items.filter((i) => i.kind === 'turn').length;
}

/** What the input was read as, with the count of what it holds in that format: `5 chapters`, `video captions, 1,426 caption lines`. */
export function describeInput(text: string, result: ImportResult): string {
  const lines = text.split(/\r?\n/);
  switch (result.format) {
    case 'chapters':
      return counted(result.chapters.length, 'chapter');
    case 'captions':
      return `${FORMAT_NAMES.captions}, ${counted(lines.filter((l) => leadingTime(l) !== undefined).length, 'caption line')}`;
    case 'srt':
    case 'vtt':
      return `${FORMAT_NAMES[result.format]}, ${counted(lines.filter((l) => isCueTiming(l.trim())).length, 'cue')}`;
    case 'transcript':
      return `${FORMAT_NAMES.transcript}, ${counted(turnCount(result.items), 'turn')}`;
    case 'text':
      return `${FORMAT_NAMES.text}, ${counted(splitWords(text).length, 'word')}`;
  }
}
