import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT, RECENT_FILE_NAME, RecentFiles } from '../../../main/services/recent-files.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'episode-recent-'));

describe('RecentFiles', () => {
  it('starts empty without a file, and creates its folder on the first save', async () => {
    const dir = join(tempDir(), 'not-yet');
    const recent = await RecentFiles.open(dir);
    expect(recent.list()).toEqual([]);
    await recent.add('/a.md');
    expect(JSON.parse(readFileSync(join(dir, RECENT_FILE_NAME), 'utf8'))).toEqual(['/a.md']);
  });

  it('keeps newest first, without duplicates, at most ten, across restarts', async () => {
    const dir = tempDir();
    const recent = await RecentFiles.open(dir);
    for (let i = 0; i < 12; i++) await recent.add(`/e${i}.md`);
    await recent.add('/e5.md');
    const expected = ['/e5.md', '/e11.md', '/e10.md', '/e9.md', '/e8.md', '/e7.md', '/e6.md', '/e4.md', '/e3.md', '/e2.md'];
    expect(recent.list()).toEqual(expected);
    expect(expected).toHaveLength(MAX_RECENT);
    expect((await RecentFiles.open(dir)).list()).toEqual(expected);
  });

  it('removes and clears, and tells listeners', async () => {
    const dir = tempDir();
    const recent = await RecentFiles.open(dir);
    let changes = 0;
    const off = recent.onChange(() => changes++);
    await recent.add('/a.md');
    await recent.add('/b.md');
    await recent.remove('/a.md');
    await recent.remove('/never-listed.md');
    expect(recent.list()).toEqual(['/b.md']);
    await recent.clear();
    off();
    await recent.add('/c.md');
    expect(changes).toBe(4);
    expect((await RecentFiles.open(dir)).list()).toEqual(['/c.md']);
  });

  it('tolerates a damaged file: starts empty, then overwrites it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, RECENT_FILE_NAME), '["/a.md", ');
    const recent = await RecentFiles.open(dir);
    expect(recent.list()).toEqual([]);
    await recent.add('/b.md');
    expect((await RecentFiles.open(dir)).list()).toEqual(['/b.md']);
  });

  it('keeps only the strings of a list of the wrong shape', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, RECENT_FILE_NAME), JSON.stringify(['/a.md', 3, null, '', '/a.md', '/b.md']));
    expect((await RecentFiles.open(dir)).list()).toEqual(['/a.md', '/b.md']);
    writeFileSync(join(dir, RECENT_FILE_NAME), '{"files": []}');
    expect((await RecentFiles.open(dir)).list()).toEqual([]);
  });

  it('fails the caller of a write that fails, but keeps writing afterwards', async () => {
    const dir = tempDir();
    // A file where the user-data folder should be makes every write fail.
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file where the folder should be');
    const recent = await RecentFiles.open(blocked);
    await expect(recent.add('/a.md')).rejects.toThrow();
    expect(recent.list()).toEqual(['/a.md']);
    expect(existsSync(join(blocked, RECENT_FILE_NAME))).toBe(false);
  });
});
