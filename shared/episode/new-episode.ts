import type { EpisodeDocument, FrontEntry } from './document.js';
import { withItems } from './edit.js';
import type { TranscriptItem } from './items.js';

/** An episode file with nothing between its two `---` lines: where every new episode starts. */
export function emptyEpisode(file = 'untitled.md'): EpisodeDocument {
  return { file, preamble: '', opening: '---\n', frontmatterLine: 2, lead: '', entries: [], items: [], end: '---\n', style: { allowUnicode: true, itemIndent: 0, eol: '\n' }, loadErrors: [] };
}

/**
 * The keys every episode of the site has before its transcript, in the order its files have them
 * (title, short, season, episode, guests: 123 of the 131 corpus episodes begin so; 6 more have them sorted), empty for the user to fill in.
 */
export const NEW_EPISODE_KEYS: readonly FrontEntry[] = [
  { key: 'title', value: '' },
  { key: 'short', value: '' },
  { key: 'season', value: null },
  { key: 'episode', value: null },
  { key: 'guests', value: [] },
];

/** A new episode with a `title` and a `transcript` holding `items`, written the way PyYAML writes it. */
export function newEpisode(title: string, items: readonly TranscriptItem[], file = 'episode.md'): EpisodeDocument {
  return withItems({ ...emptyEpisode(file), entries: [{ key: 'title', value: title }] }, items);
}

/** A new episode made by an import: the site's keys (`title` given, the others empty for the user to fill in), then the `transcript`. */
export function importedEpisode(title: string, items: readonly TranscriptItem[], file = 'episode.md'): EpisodeDocument {
  const entries = NEW_EPISODE_KEYS.map((entry) => (entry.key === 'title' ? { key: 'title', value: title } : entry));
  return withItems({ ...emptyEpisode(file), entries }, items);
}
