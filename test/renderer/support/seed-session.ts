import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { transcriptHistory } from '../../../renderer/src/editor/transcript-history.js';
import { expect } from 'vitest';
import { EpisodeSession } from '../../../renderer/src/app/episode-session.js';
import { HeadlessTranscript } from '../../../renderer/src/editor/transcript-host.js';
import { seed } from '../../support/paths.js';
import { inProcessApi } from './in-process-api.js';

/** A session on a copy of seed 000 (`episode.md`) in a view-less editor with an undo history, opened through main's real handlers. */
export async function openSeedSession() {
  const main = await inProcessApi();
  const path = join(main.dir, 'episode.md');
  copyFileSync(seed('000'), path);
  const editor = new HeadlessTranscript(transcriptHistory);
  const session = new EpisodeSession(main.api, editor);
  await session.open(path);
  expect(session.current).toMatchObject({ path, name: 'episode.md', dirty: false, error: undefined });
  return { main, path, editor, session };
}
