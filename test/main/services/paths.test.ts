import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasEpisodeExtension, isSameFile, requireEpisodeFile, requireSaveTarget } from '../../../main/services/paths.js';

describe('episode paths', () => {
  it('knows the episode extensions, in any letter case', () => {
    expect(['a.md', 'a.MD', 'a.markdown', 'a.txt'].every(hasEpisodeExtension)).toBe(true);
    expect(['a.yaml', 'a', 'a.md.bak', '.md'].some(hasEpisodeExtension)).toBe(false);
  });

  it('opens only absolute paths to existing regular episode files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'episode-paths-'));
    const file = join(dir, 'a.md');
    writeFileSync(file, '---\n---\n');
    mkdirSync(join(dir, 'folder.md'));
    await expect(requireEpisodeFile(file)).resolves.toMatchObject({ size: 8 });
    await expect(requireEpisodeFile('a.md')).rejects.toThrow('a.md: not an absolute path');
    await expect(requireEpisodeFile(join(dir, 'a.json'))).rejects.toThrow('not an episode file (the name must end in .md, .markdown, .txt)');
    await expect(requireEpisodeFile(join(dir, 'b.md'))).rejects.toThrow('cannot open: no such file');
    await expect(requireEpisodeFile(join(dir, 'folder.md'))).rejects.toThrow('cannot open: not a regular file');
    await expect(requireEpisodeFile('/dev/null')).rejects.toThrow('not an episode file');
  });

  it('saves to new or existing files, never over a folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'episode-paths-'));
    mkdirSync(join(dir, 'folder.md'));
    await expect(requireSaveTarget(join(dir, 'new.md'))).resolves.toBeUndefined();
    await expect(requireSaveTarget(join(dir, 'folder.md'))).rejects.toThrow('cannot save: not a regular file');
    await expect(requireSaveTarget(join(dir, 'new.html'))).rejects.toThrow('not an episode file');
  });

  it('sees the same file through a symbolic link or a roundabout path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'episode-paths-'));
    const file = join(dir, 'a.md');
    writeFileSync(file, '');
    symlinkSync(file, join(dir, 'link.md'));
    expect(await isSameFile(join(dir, 'link.md'), file)).toBe(true);
    expect(await isSameFile(join(dir, '.', 'x', '..', 'a.md'), file)).toBe(true);
    expect(await isSameFile(join(dir, 'b.md'), file)).toBe(false);
  });
});
