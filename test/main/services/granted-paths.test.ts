import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalPath, GrantedPaths } from '../../../main/services/granted-paths.js';

/** A fresh folder (its real path: the OS temp folder may be reached through a link). */
const freshDir = () => realpathSync(mkdtempSync(join(tmpdir(), 'episode-granted-')));

describe('canonicalPath', () => {
  it('resolves links, and the folder of a file that does not exist yet', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'a.md'), '');
    symlinkSync(join(dir, 'a.md'), join(dir, 'link.md'));
    symlinkSync(dir, join(dir, 'folder-link'));
    return Promise.all([
      expect(canonicalPath(join(dir, 'link.md'))).resolves.toBe(join(dir, 'a.md')),
      expect(canonicalPath(join(dir, 'folder-link', 'new.md'))).resolves.toBe(join(dir, 'new.md')),
      expect(canonicalPath(join(dir, 'x', '..', 'a.md'))).resolves.toBe(join(dir, 'a.md')),
      expect(canonicalPath('/no/such/folder/b.md')).resolves.toBe('/no/such/folder/b.md'),
    ]);
  });
});

describe('GrantedPaths', () => {
  it('allows a path only for the uses it was chosen for', async () => {
    const dir = freshDir();
    const granted = new GrantedPaths();
    await granted.grant(join(dir, 'talk.mp3'), 'audio');
    expect(await granted.allows(join(dir, 'talk.mp3'), 'audio')).toBe(true);
    expect(await granted.allows(join(dir, 'talk.mp3'), 'episode')).toBe(false);
    expect(await granted.allows(join(dir, 'other.mp3'), 'audio')).toBe(false);
    await granted.grant(join(dir, 'talk.mp3'), 'episode', 'raw');
    expect(await granted.allows(join(dir, 'talk.mp3'), 'raw')).toBe(true);
  });

  it('sees through links both ways: a link to a chosen file is allowed, a chosen name later pointing elsewhere is not', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'episode.md'), '');
    writeFileSync(join(dir, 'secret.md'), '');
    const granted = new GrantedPaths();
    await granted.grant(join(dir, 'episode.md'), 'episode');
    symlinkSync(join(dir, 'episode.md'), join(dir, 'to-episode.md'));
    symlinkSync(join(dir, 'secret.md'), join(dir, 'to-secret.md'));
    expect(await granted.allows(join(dir, 'to-episode.md'), 'episode')).toBe(true);
    expect(await granted.allows(join(dir, 'to-secret.md'), 'episode')).toBe(false);
  });

  it('a file granted before it exists (Save As) stays granted once written', async () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'sub'));
    symlinkSync(join(dir, 'sub'), join(dir, 'sub-link'));
    const granted = new GrantedPaths();
    await granted.grant(join(dir, 'sub-link', 'new.md'), 'episode');
    writeFileSync(join(dir, 'sub', 'new.md'), '');
    expect(await granted.allows(join(dir, 'sub', 'new.md'), 'episode')).toBe(true);
  });

  it('a check waits for the grants made before it (a drop reported just before the call that uses it)', async () => {
    const dir = freshDir();
    const granted = new GrantedPaths();
    void granted.grant(join(dir, 'dropped.srt'), 'raw');
    expect(await granted.allows(join(dir, 'dropped.srt'), 'raw')).toBe(true);
  });

  it('refuses with a message naming the operation and the path, and takes only absolute paths', async () => {
    const granted = new GrantedPaths();
    await expect(granted.require('openRawTranscript', '/etc/passwd', 'raw')).rejects.toThrow('openRawTranscript: refused /etc/passwd: not a file you chose (pick it with File › Import Raw Transcript… or drop it on the window)');
    await expect(granted.require('saveEpisode', 'rel.md', 'episode')).rejects.toThrow('rel.md: not an absolute path');
    await expect(granted.grant('rel.md', 'episode')).rejects.toThrow('rel.md: not an absolute path');
  });
});
