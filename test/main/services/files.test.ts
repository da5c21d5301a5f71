import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EpisodeFiles, loadEpisode } from '../../../main/services/episodes.js';
import { EncodingError, decodeUtf8, firstInvalidUtf8, readTextFile, writeFileAtomic } from '../../../main/services/files.js';
import { RecentFiles } from '../../../main/services/recent-files.js';
import { MAX_EPISODE_CHARS, serializeEpisode, spliceItems } from '../../../shared/episode/index.js';
import { REPO_ROOT, fixture } from '../../support/paths.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'episode-files-'));
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('reading a file that is not valid UTF-8', () => {
  it('fails naming the file, the line and column of the first bad byte, and the byte', async () => {
    const path = fixture('episodes/invalid-utf8.md');
    await expect(readTextFile(path)).rejects.toThrow(`${path}:12:12: not valid UTF-8 (byte 0xFF); nothing is ever written to it, so no byte of it is replaced`);
    const error = await readTextFile(path).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(EncodingError);
    expect(error).toMatchObject({ path, line: 12, column: 12, byte: 0xff, reason: 'not valid UTF-8 (byte 0xFF); nothing is ever written to it, so no byte of it is replaced' });
  });

  it('opens it in the app read-only, saying why, and never writes over it, so no bad byte becomes U+FFFD', async () => {
    const dir = tempDir();
    const copy = join(dir, 'episode.md');
    const original = readFileSync(fixture('episodes/invalid-utf8.md'));
    copyFileSync(fixture('episodes/invalid-utf8.md'), copy);
    const episodes = new EpisodeFiles(join(REPO_ROOT, 'assets/sample/sample-episode.md'), await RecentFiles.open(join(dir, 'user-data')));
    const file = await episodes.open(copy);
    expect(file.readOnly).toBe(`${copy}:12:12: not valid UTF-8 (byte 0xFF). Opened read-only, so that no byte of it is replaced (bad bytes show as \uFFFD); fix its encoding, then open it again.`);
    expect(file.text.split('\n')[11]).toContain('\uFFFD');
    expect(file.hash).toBe(createHash('sha256').update(original).digest('hex'));
    // Whatever the page sends, main writes nothing over it: the text it has is a lossy reading.
    await expect(episodes.save(copy, file.text)).rejects.toThrow(`Not saved: ${copy}:12:12: not valid UTF-8 (byte 0xFF)`);
    await expect(episodes.saveUnlessChanged(copy, file.text, file.hash)).rejects.toThrow(/Not saved: .*not valid UTF-8/);
    await expect(loadEpisode(copy)).rejects.toThrow(/not valid UTF-8/);
    expect(readFileSync(copy).equals(original)).toBe(true);
  });

  it('refuses, in main, an episode too long to edit, before the page gets any of it', async () => {
    const dir = tempDir();
    const big = join(dir, 'big.md');
    const turn = "- line: Hello there, and welcome to the show.\n  sec: 1\n  time: '0:01'\n  who: Alexey\n";
    writeFileSync(big, `---\ntranscript:\n${turn.repeat(Math.ceil(MAX_EPISODE_CHARS / turn.length))}---\n`);
    const episodes = new EpisodeFiles(join(REPO_ROOT, 'assets/sample/sample-episode.md'), await RecentFiles.open(join(dir, 'user-data')));
    await expect(episodes.open(big)).rejects.toThrow(`${big}:1:1: the file has 10.0 million characters, more than the 10.0 million an episode may have`);
  });

  it('finds the first bad byte by the decoder’s own rules', () => {
    expect(firstInvalidUtf8(bytes('plain ascii'))).toBe(-1);
    expect(firstInvalidUtf8(bytes('Katie’s 😀 ü'))).toBe(-1);
    expect(firstInvalidUtf8(bytes('ab', [0xc0, 0x80]))).toBe(2); // overlong
    expect(firstInvalidUtf8(bytes('ab', [0xed, 0xa0, 0x80]))).toBe(2); // a surrogate
    expect(firstInvalidUtf8(bytes('ab', [0xe2, 0x80]))).toBe(2); // cut short at the end
    expect(firstInvalidUtf8(bytes('ab', [0xe2, 0x80], 'c'))).toBe(2); // cut short before a character
    expect(firstInvalidUtf8(bytes('ab', [0xf4, 0x90, 0x80, 0x80]))).toBe(2); // above U+10FFFF
    expect(firstInvalidUtf8(bytes('é', [0x80]))).toBe(2); // a lone continuation byte
  });

  it('counts the column in characters, after multi-byte ones', () => {
    expect(() => decodeUtf8(bytes('one\ntwo\nKatie’s 😀 ', [0xfe]), 'x.md')).toThrow('x.md:3:11: not valid UTF-8 (byte 0xFE)');
    expect(() => decodeUtf8(bytes([0x85]), 'x.md')).toThrow('x.md:1:1: not valid UTF-8 (byte 0x85)');
  });
});

describe('reading a file that starts with a byte order mark', () => {
  it('keeps the mark in the text, so that the episode opens and saves it back byte for byte', async () => {
    const path = fixture('episodes/bom.md');
    const text = await readTextFile(path);
    expect(text.startsWith('\uFEFF---\n')).toBe(true);
    const { doc } = await loadEpisode(path);
    expect(doc.items).toHaveLength(2);
    expect(Buffer.from(serializeEpisode(doc), 'utf8').equals(readFileSync(path))).toBe(true);
    const edited = serializeEpisode(spliceItems(doc, 1, 2, [{ kind: 'turn', line: 'Thanks.', sec: 5, time: '0:05', who: 'Jane' }]));
    expect(edited.startsWith('\uFEFF---\ntitle:')).toBe(true);
    expect(edited).toContain('- line: Thanks.\n');
  });
});

describe('saving where the user means', () => {
  const before = '---\r\ntitle: old\r\n---\r\n';
  const after = '---\r\ntitle: new\r\n---\r\n';

  it('writes through a symbolic link to its target, and the link stays a link', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'repo'));
    const target = join(dir, 'repo', 'episode.md');
    writeFileSync(target, before);
    const link = join(dir, 'link.md');
    symlinkSync('repo/episode.md', link);
    const chain = join(dir, 'chain.md');
    symlinkSync('link.md', chain);
    await writeFileAtomic(chain, after);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(lstatSync(chain).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('repo/episode.md');
    expect(readFileSync(target, 'utf8')).toBe(after);
    expect(readdirSync(join(dir, 'repo'))).toEqual(['episode.md']);
  });

  it('creates the target of a link whose target does not exist yet', async () => {
    const dir = tempDir();
    const link = join(dir, 'link.md');
    symlinkSync('new.md', link);
    await writeFileAtomic(link, after);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'new.md'), 'utf8')).toBe(after);
  });

  it('keeps hard links: every name reads the new text, and no backup is left', async () => {
    const dir = tempDir();
    const file = join(dir, 'episode.md');
    writeFileSync(file, `${before}${'x'.repeat(5000)}`);
    const other = join(dir, 'other.md');
    linkSync(file, other);
    const inode = statSync(file).ino;
    await writeFileAtomic(file, after);
    expect(readFileSync(other, 'utf8')).toBe(after);
    expect(statSync(file)).toMatchObject({ ino: inode, nlink: 2 });
    expect(readdirSync(dir).sort()).toEqual(['episode.md', 'other.md']);
  });

  it('keeps the permissions, whatever the umask, and the bytes exactly (CRLF, BOM, no final newline)', async () => {
    const dir = tempDir();
    const file = join(dir, 'episode.md');
    writeFileSync(file, before);
    for (const mode of [0o600, 0o664, 0o755]) {
      chmodSync(file, mode);
      const text = `\uFEFF${after}tail`;
      await writeFileAtomic(file, text);
      expect(statSync(file).mode & 0o777).toBe(mode);
      expect(readFileSync(file).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
    expect(readdirSync(dir)).toEqual(['episode.md']);
  });

  it('writes a new file, and fails naming the file (and the link) when the target cannot be a file', async () => {
    const dir = tempDir();
    await writeFileAtomic(join(dir, 'new.md'), after);
    expect(readFileSync(join(dir, 'new.md'), 'utf8')).toBe(after);
    mkdirSync(join(dir, 'folder'));
    symlinkSync('folder', join(dir, 'to-folder.md'));
    await expect(writeFileAtomic(join(dir, 'to-folder.md'), after)).rejects.toThrow(`${join(dir, 'to-folder.md')} (a link to ${join(dir, 'folder')}): cannot write: it is a folder`);
    await expect(writeFileAtomic(join(dir, 'missing', 'x.md'), after)).rejects.toThrow(`${join(dir, 'missing', 'x.md')}: cannot write: no such file`);
    expect(readdirSync(dir).sort()).toEqual(['folder', 'new.md', 'to-folder.md']);
  });
});
