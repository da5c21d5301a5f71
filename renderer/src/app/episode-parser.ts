import type { EpisodeDocument } from '../../../shared/episode/index.js';

let parser: Promise<typeof import('../../../shared/episode/parse.js')> | undefined;

/**
 * Reads an episode file with the engine's whole parser (the `yaml` package and the PyYAML rules),
 * loaded as a chunk of its own the first time: the first screen needs none of it. Throws
 * EpisodeParseError, with file, line and column, on anything it cannot read.
 */
export async function parseEpisodeFile(text: string, file: string): Promise<EpisodeDocument> {
  parser ??= import('../../../shared/episode/parse.js');
  return (await parser).parseEpisode(text, file);
}
