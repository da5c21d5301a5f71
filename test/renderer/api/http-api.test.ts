import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../main/harness/server.js';
import { createHttpApi } from '../../../renderer/src/api/http-api.js';
import { REPO_ROOT, seed } from '../../support/paths.js';

// The operations over real HTTP against the real harness. Events need EventSource, which Node 20 lacks:
// those are covered in the browser end-to-end tests.
let harness: Harness;
let episode: string;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'episode-http-api-'));
  episode = join(dir, 'episode.md');
  copyFileSync(seed('000'), episode);
  harness = await startHarness({
    port: 0,
    rendererDir: join(dir, 'renderer'),
    samplePath: join(REPO_ROOT, 'assets/sample/sample-episode.md'),
    episode,
    userDataDir: join(dir, 'user-data'),
  });
});
afterAll(() => harness.close());

describe('createHttpApi', () => {
  it('calls every kind of operation and gives its result', async () => {
    const api = createHttpApi(harness.url);
    const file = await api.initialEpisode();
    expect(file.text).toBe(readFileSync(episode, 'utf8'));
    expect(await api.saveEpisode({ path: episode, text: file.text })).toMatchObject({ path: episode });
    expect(await api.recentFiles()).toEqual([episode]);
    expect(await api.setDocumentState({ title: 'episode.md', dirty: false })).toBeUndefined();
    expect(await api.openEpisode({})).toBeNull();
  });

  it('rejects with main’s own message', async () => {
    const api = createHttpApi(harness.url);
    await expect(api.saveEpisode({ path: episode, text: '---\n[\n---\n' })).rejects.toThrow(new RegExp(`^Not saved: ${episode}:\\d+:\\d+: `));
    await expect(api.openEpisode({ path: 'relative.md' })).rejects.toThrow('relative.md: not an absolute path');
  });

  it('cannot know where a dropped file lives', () => {
    expect(createHttpApi(harness.url).pathForFile({ name: 'a.md' })).toBe('');
  });
});
