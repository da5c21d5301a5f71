import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EpisodeFile } from '../../../shared/api.js';
import { EpisodeWatcher } from '../../../main/services/episode-watcher.js';
import { contentHash, EpisodeFiles } from '../../../main/services/episodes.js';
import { writeFileAtomic } from '../../../main/services/files.js';
import { RecentFiles } from '../../../main/services/recent-files.js';
import { REPO_ROOT, seed } from '../../support/paths.js';

const TEXT = readFileSync(seed('000'), 'utf8');
const OTHER = TEXT.replace('transcript:', 'transcript:\n- header: Added on disk');
/** Long enough for the watcher's debounce and a slow machine's file events. */
const QUIET_MS = 400;

/** Reads a file as the handlers give it to the renderer. */
const read = async (path: string): Promise<EpisodeFile> => {
  const bytes = await readFile(path);
  return { path, text: bytes.toString('utf8'), mtimeMs: (await stat(path)).mtimeMs, hash: contentHash(bytes) };
};

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A watcher over a temp folder holding `episode.md` (seed 000), and the changes it reported. */
async function setup(options: { link?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'episode-watch-'));
  const real = join(dir, options.link ? 'repo/episode.md' : 'episode.md');
  mkdirSync(join(dir, 'repo'), { recursive: true });
  writeFileSync(real, TEXT);
  const path = options.link ? join(dir, 'link.md') : real;
  if (options.link) symlinkSync(real, path);
  const changes: EpisodeFile[] = [];
  const waiters: (() => void)[] = [];
  const watcher = new EpisodeWatcher((file) => {
    changes.push(file);
    for (const wake of waiters.splice(0)) wake();
  }, 30);
  cleanups.push(() => {
    watcher.close();
    rmSync(dir, { recursive: true, force: true });
  });
  await watcher.watch(path, contentHash(TEXT), read);
  /** Resolves with the reported changes once there are `n` of them (fails after 5 s). */
  const changesBy = async (n: number) => {
    const deadline = Date.now() + 5000;
    while (changes.length < n) {
      if (Date.now() > deadline) throw new Error(`${changes.length} changes reported, expected ${n}`);
      await new Promise<void>((wake) => {
        waiters.push(wake);
        setTimeout(wake, 100);
      });
    }
    return changes;
  };
  /** The changes reported after the watcher had time to hear of everything done so far. */
  const quietly = async () => {
    await new Promise((wake) => setTimeout(wake, QUIET_MS));
    await watcher.settled();
    return changes;
  };
  return { dir, path, real, watcher, changes, changesBy, quietly };
}

describe('EpisodeWatcher', () => {
  it('reports a change of the bytes at once, with the file as it is now', async () => {
    const { path, changesBy } = await setup();
    writeFileSync(path, OTHER);
    const [change] = await changesBy(1);
    expect(change).toMatchObject({ path, text: OTHER, hash: contentHash(OTHER) });
  });

  it('reports a file replaced by a rename, as editors and git write it', async () => {
    const { dir, path, changesBy, quietly } = await setup();
    writeFileSync(join(dir, '.episode.md.swp'), OTHER);
    renameSync(join(dir, '.episode.md.swp'), path);
    expect((await changesBy(1))[0]!.text).toBe(OTHER);
    expect(await quietly()).toHaveLength(1);
  });

  it('reports nothing for a touch, or for a write of the same bytes', async () => {
    const { path, quietly } = await setup();
    utimesSync(path, new Date(), new Date(Date.now() + 60_000));
    writeFileSync(path, TEXT);
    expect(await quietly()).toEqual([]);
  });

  it('reports nothing for our own save, and the next change by others against it', async () => {
    const { path, watcher, changesBy, quietly } = await setup();
    const saved = TEXT.replace('transcript:', 'transcript:\n- header: Saved here');
    const done = watcher.beginWrite(path, contentHash(saved));
    await writeFileAtomic(path, saved);
    done(true);
    expect(await quietly()).toEqual([]);
    // Back to the old bytes is a change now: the renderer holds the saved ones.
    writeFileSync(path, TEXT);
    expect((await changesBy(1))[0]!.hash).toBe(contentHash(TEXT));
  });

  it('reports a change once, also when asked to check again with the same base (the window got the focus)', async () => {
    const { path, watcher, changesBy, quietly } = await setup();
    writeFileSync(path, OTHER);
    await changesBy(1);
    await watcher.watch(path, contentHash(TEXT), read);
    utimesSync(path, new Date(), new Date());
    expect(await quietly()).toHaveLength(1);
    // Another change after it is news again.
    writeFileSync(path, OTHER + '\n');
    await changesBy(2);
  });

  it('checks at once when asked to watch a file whose bytes are not those the renderer holds', async () => {
    const { path, watcher, changes } = await setup();
    writeFileSync(path, OTHER);
    await watcher.watch(path, contentHash(TEXT), read);
    expect(changes.map((c) => c.text)).toContain(OTHER);
  });

  it('follows a symbolic link: a change of the target, and the target replaced by a rename', async () => {
    const { dir, path, real, changesBy } = await setup({ link: true });
    writeFileSync(real, OTHER);
    expect((await changesBy(1))[0]).toMatchObject({ path, text: OTHER });
    writeFileSync(join(dir, 'repo/new.md'), OTHER + '\n');
    renameSync(join(dir, 'repo/new.md'), real);
    expect((await changesBy(2))[1]!.text).toBe(OTHER + '\n');
  });

  it('says nothing once it stops watching, and nothing while the file is gone', async () => {
    const { path, watcher, quietly } = await setup();
    rmSync(path);
    expect(await quietly()).toEqual([]);
    watcher.unwatch();
    writeFileSync(path, OTHER);
    expect(await quietly()).toEqual([]);
  });

  it('reports through the app reader, which reads a file that is not UTF-8 as read-only', async () => {
    const recent = await RecentFiles.open(mkdtempSync(join(tmpdir(), 'episode-watch-data-')));
    const files = new EpisodeFiles(join(REPO_ROOT, 'assets/sample/sample-episode.md'), recent);
    const { path, watcher, changesBy } = await setup();
    await watcher.watch(path, contentHash(TEXT), (p) => files.read(p));
    writeFileSync(path, Buffer.concat([Buffer.from(OTHER), Buffer.from([0xff])]));
    expect((await changesBy(1))[0]!.readOnly).toMatch(/not valid UTF-8/);
  });
});
