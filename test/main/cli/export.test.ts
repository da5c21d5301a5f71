import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEpisode, serializeEpisode } from '../../../shared/episode/index.js';
import { exportEpisode } from '../../../shared/export/index.js';
import { runEpisodeCli as run, tempCopy, tempDir } from '../../support/cli.js';
import { unzipEntry } from '../../shared/export/zip.js';
import { corpusFile, fixture, seed } from '../../support/paths.js';

const seedDoc = () => parseEpisode(readFileSync(seed('000'), 'utf8'), seed('000'));

describe('episode export', () => {
  it('prints one text format of one episode to standard output, leaving the episode as it was', async () => {
    const copy = tempCopy(seed('000'));
    const before = readFileSync(copy, 'utf8');
    const { code, out, err } = await run('export', '--to', 'vtt', copy);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toBe(exportEpisode(seedDoc(), 'vtt').text);
    expect(readFileSync(copy, 'utf8')).toBe(before);
    expect(readdirSync(join(copy, '..'))).toEqual(['episode.md']);
  });

  it('writes to --out FILE, with the SRT speaker prefix and fixed chapters when asked', async () => {
    const copy = tempCopy(seed('000'));
    const out = join(copy, '..', 'subs.srt');
    const result = await run('export', '--to', 'srt', '--speaker-prefix', '--out', out, copy);
    expect(result).toMatchObject({ code: 0, out: '' });
    expect(result.err).toBe(`${copy} -> ${out} (srt)\n`);
    expect(readFileSync(out, 'utf8')).toBe(exportEpisode(seedDoc(), 'srt', { speakerPrefix: true }).text);
    const chapters = await run('export', '--to', 'chapters', copy);
    expect(chapters.err).toContain(`${copy}: warning: chapters: the first chapter must start at 0:00`);
    const fixed = await run('export', '--to', 'chapters', '--fix-chapters', copy);
    expect(fixed.out.split('\n')[0]).toBe('0:00 Katie’s background');
  });

  it('writes several formats of several episodes into --out DIR, named after each episode', async () => {
    const dir = tempDir();
    const a = join(dir, 'a.md');
    const b = join(dir, 'b.md');
    copyFileSync(seed('000'), a);
    copyFileSync(corpusFile('episodes', 'crisp-dm.md'), b);
    const outDir = join(dir, 'out');
    const { code, err } = await run('export', '--to', 'srt,vtt,podcast-json,podcast-chapters,chapters,txt,markdown,json,md', '--force', '--out', outDir, a, b);
    expect({ code, err: err.split('\n').filter((l) => !l.includes(' -> ') && !l.includes('warning')) }).toEqual({ code: 0, err: [''] });
    const names = readdirSync(outDir).sort();
    expect(names).toEqual(
      ['a', 'b'].flatMap((n) => [`${n}.chapters.json`, `${n}.chapters.txt`, `${n}.clean.md`, `${n}.items.json`, `${n}.srt`, `${n}.transcript.json`, `${n}.transcript.md`, `${n}.txt`, `${n}.vtt`]).sort(),
    );
    expect(readFileSync(join(outDir, 'a.clean.md'), 'utf8')).toBe(readFileSync(a, 'utf8'));
    expect(JSON.parse(readFileSync(join(outDir, 'b.transcript.json'), 'utf8'))).toMatchObject({ version: '1.0.0' });
  });

  it('writes DOCX to a file', async () => {
    const copy = tempCopy(seed('000'));
    const out = join(copy, '..', 'review.docx');
    expect(await run('export', '--to', 'docx', '--out', out, copy)).toMatchObject({ code: 0, out: '', err: `${copy} -> ${out} (docx)\n` });
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(unzipEntry(bytes, 'word/document.xml')).toContain('Katie’s background');
  });

  it('cleans the episode with --clean, reporting each step, changing only what it cleans', async () => {
    const dir = tempDir();
    const episode = join(dir, 'e.md');
    writeFileSync(episode, "---\nduration: PT00H01M\ntranscript:\n- line: Hello  there .\n  sec: 0\n  time: '0:00'\n  who: A\n- line: Bye.\n  sec: 30\n  time: 0:30\n  who: B\n---\n");
    const out = join(dir, 'clean.md');
    const { code, err } = await run('export', '--to', 'md', '--clean', 'all', '--out', out, episode);
    expect(code).toBe(0);
    expect(err).toBe(`${episode} -> ${out} (md; cleaned: whitespace 1, zero-width 0, fold-paragraphs 0, safe-fixes 1, duration 1)\n`);
    expect(readFileSync(out, 'utf8')).toBe("---\nduration: PT00H30S\ntranscript:\n- line: Hello there.\n  sec: 0\n  time: '0:00'\n  who: A\n- line: Bye.\n  sec: 30\n  time: '0:30'\n  who: B\n---\n");
    // Without the safe fixes the plain time is an error still: refused, unless forced.
    expect(await run('export', '--to', 'md', '--clean', 'whitespace,duration', episode)).toMatchObject({ code: 1, out: '' });
    expect((await run('export', '--to', 'md', '--clean', 'whitespace,duration', '--force', episode)).out).toContain('time: 0:30');
  });

  it('refuses an md export while errors remain, listing them by file and line (exit 1); --force exports anyway', async () => {
    const copy = tempCopy(fixture('episodes/defects.md'));
    const out = join(copy, '..', 'clean.md');
    const refused = await run('export', '--to', 'md', '--out', out, copy);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(new RegExp(`^${copy.replace(/[.\\]/g, '\\$&')}:\\d+: error `, 'm'));
    expect(refused.err).toMatch(/not exported to md: \d+ error\(s\) remain; fix them first, or export anyway \(pass --force to export anyway\)/);
    expect(readdirSync(join(copy, '..'))).toEqual(['episode.md']);
    const forced = await run('export', '--to', 'md', '--force', '--out', out, copy);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(serializeEpisode(parseEpisode(readFileSync(copy, 'utf8'))));
  });

  it('never writes over the episode itself', async () => {
    const copy = tempCopy(seed('000'));
    const before = readFileSync(copy, 'utf8');
    const result = await run('export', '--to', 'md', '--clean', 'all', '--out', copy, copy);
    expect(result.code).toBe(2);
    expect(result.err).toContain('not exported');
    expect(readFileSync(copy, 'utf8')).toBe(before);
    // Nor over another episode named on the same command line.
    const dir = tempDir();
    const a = join(dir, 'a.md');
    const aClean = join(dir, 'a.clean.md');
    copyFileSync(seed('000'), a);
    copyFileSync(seed('000'), aClean);
    const both = await run('export', '--to', 'md', '--out', dir, a, aClean);
    expect(both.code).toBe(2);
    expect(readFileSync(aClean, 'utf8')).toBe(before);
  });

  it('answers a wrong command line with a usage message (exit 2)', async () => {
    const copy = tempCopy(seed('000'));
    expect(await run('export', copy)).toMatchObject({ code: 2, err: expect.stringContaining('name the format with --to') });
    expect(await run('export', '--to', 'doc', copy)).toMatchObject({ code: 2, err: expect.stringContaining('unknown format `doc`') });
    expect(await run('export', '--to', 'docx', copy)).toMatchObject({ code: 2, err: expect.stringContaining('DOCX is binary') });
    expect(await run('export', '--to', 'srt', '--clean', 'all', copy)).toMatchObject({ code: 2, err: expect.stringContaining('use it with --to md') });
    expect(await run('export', '--to', 'md', '--clean', 'sparkle', copy)).toMatchObject({ code: 2, err: expect.stringContaining('unknown step `sparkle`') });
    expect(await run('export', '--to', 'srt,vtt', copy)).toMatchObject({ code: 2, err: expect.stringContaining('--out DIR') });
    expect(await run('export', '--to', 'srt')).toMatchObject({ code: 2, err: expect.stringContaining('name at least one episode') });
  });

  it('says which file cannot be read (exit 2), and which cannot be made (no times: exit 1)', async () => {
    const bad = await run('export', '--to', 'txt', fixture('episodes/bad-yaml.md'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/bad-yaml\.md:\d+:\d+: /);
    const dir = tempDir();
    const untimed = join(dir, 'untimed.md');
    writeFileSync(untimed, '---\ntranscript:\n- line: Hello.\n  who: A\n---\n');
    const none = await run('export', '--to', 'srt', untimed);
    expect(none).toMatchObject({ code: 1, out: '' });
    expect(none.err).toContain(`${untimed}: not exported to srt: SRT needs times`);
  });
});
