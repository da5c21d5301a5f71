import { parseEpisode, serializeEpisode, type EpisodeDocument } from '../../shared/episode/index.js';
import { readTextFile, writeFileAtomic } from './files.js';

/** An episode read from disk, with the exact text it was read from. */
export interface LoadedEpisode {
  readonly path: string;
  readonly text: string;
  readonly doc: EpisodeDocument;
}

/** Reads and parses an episode file; errors name the file and line. */
export async function loadEpisode(path: string): Promise<LoadedEpisode> {
  const text = await readTextFile(path);
  return { path, text, doc: parseEpisode(text, path) };
}

/** Writes a document atomically; returns the text written. */
export async function saveEpisode(path: string, doc: EpisodeDocument): Promise<string> {
  const text = serializeEpisode(doc);
  await writeFileAtomic(path, text);
  return text;
}
