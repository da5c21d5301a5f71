import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EpisodeFiles, loadEpisode, requireEpisodeText, writeEpisode } from '../../../main/services/episodes.js';
import { RecentFiles } from '../../../main/services/recent-files.js';
import { REPO_ROOT, seed } from '../../support/paths.js';

const SAMPLE = join(REPO_ROOT, 'assets/sample/sample-episode.md');

const sha256 = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');

/** A fresh temp folder holding a copy of seed 000, and the episode files of a run over it. */
async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'episode-files-'));
  const episode = join(dir, 'episode.md');
  copyFileSync(seed('000'), episode);
  const recent = await RecentFiles.open(join(dir, 'user-data'));
  return { dir, episode, recent, episodes: new EpisodeFiles(SAMPLE, recent) };
}

describe('reading an episode', () => {
  it('gives the exact text, the modification time, the hash of its bytes, and no sample flag', async () => {
    const { episode, episodes } = await setup();
    const file = await episodes.read(episode);
    expect(file).toEqual({ path: episode, text: readFileSync(episode, 'utf8'), mtimeMs: statSync(episode).mtimeMs, hash: sha256(readFileSync(episode)) });
  });

  it('marks the bundled sample, also through a symbolic link', async () => {
    const { dir, episodes } = await setup();
    expect(await episodes.readSample()).toMatchObject({ path: SAMPLE, sample: true });
    const link = join(dir, 'link.md');
    symlinkSync(SAMPLE, link);
    expect(await episodes.read(link)).toMatchObject({ path: link, sample: true });
  });

  it('refuses what is not an episode file, naming it', async () => {
    const { dir, episodes } = await setup();
    await expect(episodes.read('episode.md')).rejects.toThrow('episode.md: not an absolute path');
    await expect(episodes.read(join(dir, 'missing.md'))).rejects.toThrow(`${join(dir, 'missing.md')}: cannot open: no such file`);
    await expect(episodes.read(join(dir, 'user-data'))).rejects.toThrow(/not an episode file/);
  });

  it('parses it for the command line, with the file and line in errors', async () => {
    const { dir, episode } = await setup();
    const loaded = await loadEpisode(episode);
    expect(loaded.text).toBe(readFileSync(episode, 'utf8'));
    expect(loaded.doc.items.length).toBeGreaterThan(0);
    const broken = join(dir, 'broken.md');
    writeFileSync(broken, '---\ntranscript: [\n---\n');
    await expect(loadEpisode(broken)).rejects.toThrow(new RegExp(`^${broken}:\\d+:\\d+: `));
  });
});

describe('opening an episode', () => {
  it('remembers the file, but never the sample', async () => {
    const { episode, episodes, recent } = await setup();
    await episodes.open(SAMPLE);
    expect(recent.list()).toEqual([]);
    await episodes.open(episode);
    expect(recent.list()).toEqual([episode]);
  });

  it('forgets a remembered file that is gone, and still fails', async () => {
    const { dir, episodes, recent } = await setup();
    const gone = join(dir, 'gone.md');
    await recent.add(gone);
    await expect(episodes.open(gone)).rejects.toThrow(/cannot open: no such file/);
    expect(recent.list()).toEqual([]);
  });
});

describe('the sample guard', () => {
  it('never overwrites the bundled sample, through a link either', async () => {
    const { dir, episodes } = await setup();
    const text = readFileSync(SAMPLE, 'utf8');
    await expect(episodes.save(SAMPLE, text.replace('Katie', 'K'))).rejects.toThrow(/^Not saved: .* is the bundled sample episode, which is never overwritten; use Save As$/);
    const link = join(dir, 'link.md');
    symlinkSync(SAMPLE, link);
    await expect(episodes.save(link, text.replace('Katie', 'K'))).rejects.toThrow(/bundled sample/);
    expect(readFileSync(SAMPLE, 'utf8')).toBe(text);
  });

  it('suggests only the sample’s name for Save As, and any other path as it is', async () => {
    const { episode, episodes } = await setup();
    expect(await episodes.saveAsSuggestion(SAMPLE)).toBe('sample-episode.md');
    expect(await episodes.saveAsSuggestion(episode)).toBe(episode);
    expect(await episodes.saveAsSuggestion(undefined)).toBe('episode.md');
  });
});

describe('saving', () => {
  it('writes the text, remembers the file and gives its new modification time', async () => {
    const { episode, episodes, recent } = await setup();
    const text = readFileSync(episode, 'utf8').replace('Katie', 'Kate');
    const saved = await episodes.save(episode, text);
    expect(readFileSync(episode, 'utf8')).toBe(text);
    expect(saved).toEqual({ path: episode, mtimeMs: statSync(episode).mtimeMs, hash: sha256(readFileSync(episode)) });
    expect(recent.list()).toEqual([episode]);
  });

  it('refuses a text that is not an episode, leaving the file and its folder as they were', async () => {
    const { dir, episode, episodes } = await setup();
    const before = readFileSync(episode, 'utf8');
    await expect(episodes.save(episode, '---\ntranscript: [\n---\n')).rejects.toThrow(new RegExp(`^Not saved: ${episode}:\\d+:\\d+: `));
    expect(readFileSync(episode, 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((name) => name !== 'user-data')).toEqual(['episode.md']);
  });
});

describe('the on-disk conflict check', () => {
  it('saves over a file unchanged since it was read', async () => {
    const { episode, episodes } = await setup();
    const { hash } = await episodes.read(episode);
    expect(hash).toBe(sha256(readFileSync(episode)));
    const text = readFileSync(episode, 'utf8').replace('Katie', 'Kate');
    expect(await episodes.saveUnlessChanged(episode, text, hash)).toEqual({ path: episode, mtimeMs: statSync(episode).mtimeMs, hash: sha256(readFileSync(episode)) });
    expect(readFileSync(episode, 'utf8')).toBe(text);
  });

  it('saves over a file whose modification time changed but not a byte (touch, a checkout of the same text)', async () => {
    const { episode, episodes } = await setup();
    const { hash, mtimeMs } = await episodes.read(episode);
    utimesSync(episode, new Date(), new Date(mtimeMs + 60_000));
    const text = readFileSync(episode, 'utf8').replace('Katie', 'Kate');
    await expect(episodes.saveUnlessChanged(episode, text, hash)).resolves.toMatchObject({ path: episode });
    expect(readFileSync(episode, 'utf8')).toBe(text);
  });

  it('notices a change that kept the modification time and the size (cp -p, rsync -t, touch -r)', async () => {
    const { episode, episodes } = await setup();
    utimesSync(episode, 1_700_000_000, 1_700_000_000); // whole seconds, which every file system keeps exactly
    const { hash, mtimeMs } = await episodes.read(episode);
    const before = readFileSync(episode, 'utf8');
    const theirs = before.replace('Katie', 'Kitty'); // the same length
    expect(Buffer.byteLength(theirs)).toBe(Buffer.byteLength(before));
    writeFileSync(episode, theirs);
    utimesSync(episode, 1_700_000_000, 1_700_000_000);
    expect(statSync(episode).mtimeMs).toBe(mtimeMs);
    const refused = await episodes.saveUnlessChanged(episode, before.replace('Katie', 'Kate'), hash);
    expect(refused).toEqual({ conflict: 'changed-on-disk', path: episode, mtimeMs });
    expect(readFileSync(episode, 'utf8')).toBe(theirs);
  });

  it('after a conflict, asks before overwriting: Cancel writes nothing, Overwrite writes', async () => {
    const { episode, episodes } = await setup();
    const { hash } = await episodes.read(episode);
    const theirs = readFileSync(episode, 'utf8').replace('Katie', 'Someone else');
    writeFileSync(episode, theirs);
    const mine = readFileSync(seed('000'), 'utf8').replace('Katie', 'Kate');
    const asked: string[] = [];
    const declined = await episodes.saveUnlessChanged(episode, mine, hash, async () => (asked.push('cancel'), false));
    expect(declined).toMatchObject({ conflict: 'changed-on-disk', path: episode, declined: true });
    expect(readFileSync(episode, 'utf8')).toBe(theirs);
    await expect(episodes.saveUnlessChanged(episode, mine, hash, async () => (asked.push('overwrite'), true))).resolves.toMatchObject({ path: episode, hash: sha256(mine) });
    expect(readFileSync(episode, 'utf8')).toBe(mine);
    // Unchanged since: nothing to ask.
    await expect(episodes.saveUnlessChanged(episode, mine, sha256(mine), async () => (asked.push('asked again'), false))).resolves.toMatchObject({ path: episode });
    expect(asked).toEqual(['cancel', 'overwrite']);
  });

  it('writes nothing over a file another program changed, and says when it changed', async () => {
    const { episode, episodes } = await setup();
    const { mtimeMs, hash } = await episodes.read(episode);
    const theirs = readFileSync(episode, 'utf8').replace('Katie', 'Someone else');
    writeFileSync(episode, theirs);
    utimesSync(episode, new Date(), new Date(mtimeMs + 5000));
    const refused = await episodes.saveUnlessChanged(episode, readFileSync(seed('000'), 'utf8'), hash);
    expect(refused).toEqual({ conflict: 'changed-on-disk', path: episode, mtimeMs: statSync(episode).mtimeMs });
    expect(readFileSync(episode, 'utf8')).toBe(theirs);
  });

  it('saves without a base time, and where the file is gone (nothing to overwrite)', async () => {
    const { dir, episode, episodes } = await setup();
    const text = readFileSync(episode, 'utf8');
    await expect(episodes.saveUnlessChanged(episode, text, undefined)).resolves.toMatchObject({ path: episode });
    const fresh = join(dir, 'fresh.md');
    await expect(episodes.saveUnlessChanged(fresh, text, sha256('something else'))).resolves.toMatchObject({ path: fresh });
    expect(readFileSync(fresh, 'utf8')).toBe(text);
  });
});

describe('writing an episode (the command line and the app)', () => {
  it('writes a text that reads as an episode and gives that document', async () => {
    const { dir } = await setup();
    const out = join(dir, 'out.txt');
    const doc = await writeEpisode(out, '---\ntitle: x\ntranscript:\n- line: Hi\n---\n');
    expect(doc.items).toHaveLength(1);
    expect(readFileSync(out, 'utf8')).toBe('---\ntitle: x\ntranscript:\n- line: Hi\n---\n');
  });

  it('writes nothing when the text is not an episode', async () => {
    const { dir } = await setup();
    const out = join(dir, 'out.md');
    await expect(writeEpisode(out, '---\ntitle: [\n---\n')).rejects.toThrow(new RegExp(`^Not saved: ${out}:\\d+:\\d+: `));
    expect(existsSync(out)).toBe(false);
    expect(() => requireEpisodeText('---\ntitle: x\n', 'a.md')).toThrow(/^Not saved: a\.md:/);
  });
});
