import type { EpisodeDocument } from './document.js';
import { withItems } from './edit.js';
import type { TranscriptItem } from './items.js';

/** An episode file with nothing between its two `---` lines: where every new episode starts. */
export function emptyEpisode(file = 'untitled.md'): EpisodeDocument {
  return { file, preamble: '', opening: '---\n', frontmatterLine: 2, lead: '', entries: [], items: [], end: '---\n', style: { allowUnicode: true, itemIndent: 0, eol: '\n' }, loadErrors: [] };
}

/** A new episode with a `title` and a `transcript` holding `items`, written the way PyYAML writes it. */
export function newEpisode(title: string, items: readonly TranscriptItem[], file = 'episode.md'): EpisodeDocument {
  return withItems({ ...emptyEpisode(file), entries: [{ key: 'title', value: title }] }, items);
}
