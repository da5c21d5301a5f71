/** What the export tests share: the documents they run on and the transcript's words. */
import { readFileSync } from 'node:fs';
import { parseEpisode, type EpisodeDocument } from '../../../shared/episode/index.js';
import { corpusFiles, seed } from '../../support/paths.js';

/** The seed episode, parsed. */
export function seedDoc(): EpisodeDocument {
  const file = seed('000');
  return parseEpisode(readFileSync(file, 'utf8'), file);
}

/** The current corpus's episodes that parse (the templates hold no transcript worth exporting), parsed once. */
export const corpusDocs: readonly EpisodeDocument[] = corpusFiles('episodes').flatMap((file) => {
  try {
    return [parseEpisode(readFileSync(file, 'utf8'), file)];
  } catch {
    return [];
  }
});

/** True when some turn has a time, so that timed formats can be made. */
export function hasTimes(doc: EpisodeDocument): boolean {
  return doc.items.some((i) => i.kind === 'turn' && i.sec !== undefined);
}

/** Every word of the transcript's turns, in order, as whitespace splits them. */
export function transcriptWords(doc: EpisodeDocument): string[] {
  return doc.items.flatMap((i) => (i.kind === 'turn' ? i.line.split(/\s+/u).filter((w) => w !== '') : []));
}
