import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EpisodeFile } from '../../../shared/api.js';
import { QueuedDialogs } from '../../../main/harness/queued-dialogs.js';
import { createApiHandlers } from '../../../main/services/api-handlers.js';
import { openAudio } from '../../../main/services/audio.js';
import { EpisodeWatcher } from '../../../main/services/episode-watcher.js';
import { contentHash } from '../../../main/services/episodes.js';
import { EstimatedTimes } from '../../../main/services/estimated-times.js';
import { GrantedPaths } from '../../../main/services/granted-paths.js';
import { RecentFiles } from '../../../main/services/recent-files.js';
import { RecoveryStore } from '../../../main/services/recovery.js';
import { SettingsStore } from '../../../main/services/settings.js';
import { REPO_ROOT, seed } from '../../support/paths.js';

/** The handlers with a watcher, over a copy of seed 000 the user chose; the changes they report. */
async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'episode-watch-api-'));
  const episode = join(dir, 'episode.md');
  copyFileSync(seed('000'), episode);
  const userData = join(dir, 'user-data');
  const granted = new GrantedPaths();
  await granted.grant(episode, 'episode');
  const changes: EpisodeFile[] = [];
  const watcher = new EpisodeWatcher((file) => changes.push(file), 20);
  const handlers = createApiHandlers({
    granted,
    dialogs: new QueuedDialogs(),
    recent: await RecentFiles.open(userData),
    settings: await SettingsStore.open(userData),
    estimated: await EstimatedTimes.open(userData),
    recovery: RecoveryStore.in(userData),
    samplePath: join(REPO_ROOT, 'assets/sample/sample-episode.md'),
    onDocumentState: () => undefined,
    audio: await openAudio({ userDataDir: userData, mediaUrl: (token) => `/media/${token}`, onPeaksProgress: () => undefined }),
    watcher,
  });
  const quietly = async () => {
    await new Promise((wake) => setTimeout(wake, 300));
    await watcher.settled();
    return changes;
  };
  return { dir, episode, handlers, watcher, changes, quietly };
}

describe('watchEpisode', () => {
  it('reports another program writing the file, never a save through the handlers', async () => {
    const { episode, handlers, quietly } = await setup();
    const text = readFileSync(episode, 'utf8');
    await handlers.watchEpisode({ path: episode, hash: contentHash(text) });
    const mine = text.replace('Katie Bauer.', 'Katie Bauer. Mine.');
    expect(await handlers.saveEpisode({ path: episode, text: mine, baseHash: contentHash(text) })).toMatchObject({ hash: contentHash(mine) });
    expect(await quietly()).toEqual([]);
    const theirs = mine.replace('Katie Bauer.', 'Katie Bauer (theirs).');
    writeFileSync(episode, theirs);
    expect((await quietly()).map((f) => [f.path, f.text])).toEqual([[episode, theirs]]);
  });

  it('refuses a file the user did not choose, and a path without the hash it holds', async () => {
    const { dir, episode, handlers } = await setup();
    const other = join(dir, 'other.md');
    copyFileSync(seed('000'), other);
    await expect(handlers.watchEpisode({ path: other, hash: contentHash('') })).rejects.toThrow(other);
    await expect(handlers.watchEpisode({ path: episode })).rejects.toThrow(/give "hash"/);
  });

  it('stops watching when given no path', async () => {
    const { episode, handlers, quietly } = await setup();
    await handlers.watchEpisode({ path: episode, hash: contentHash(readFileSync(episode)) });
    await handlers.watchEpisode({});
    writeFileSync(episode, readFileSync(episode, 'utf8') + '\n');
    expect(await quietly()).toEqual([]);
  });
});
