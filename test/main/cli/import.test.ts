import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runEpisodeCli, tempCopy, tempDir } from '../../support/cli.js';
import { describe, expect, it } from 'vitest';
import { parseEpisode, validateEpisode } from '../../../shared/episode/index.js';
import { corpusFile, fixture, seed } from '../../support/paths.js';

const run = runEpisodeCli;

const errorsOf = (path: string) => validateEpisode(parseEpisode(readFileSync(path, 'utf8'), path)).filter((p) => p.severity === 'error');

describe('episode import into a new episode', () => {
  it('writes a valid episode from the caption seed and prints a one-line summary', async () => {
    const raw = tempCopy(seed('001'), 'captions.txt');
    const out = join(raw, '../new.md');
    const { code, err } = await run('import', '--out', out, raw);
    expect(code).toBe(0);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/captions\.txt: captions, \d+ turns -> .*new\.md \(1426 caption lines merged into \d+ paragraphs; speakers not assigned\)/);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith("---\ntitle: captions\nshort: ''\nseason: null\nepisode: null\nguests: []\ntranscript:\n- line: welcome everyone")).toBe(true);
    expect(errorsOf(out)).toEqual([]);
    expect(await run('check', out)).toMatchObject({ code: 0 });
  });

  it('alternates speakers and estimates times from a duration for plain text', async () => {
    const raw = tempCopy(seed('002'), 'interview.txt');
    const out = join(raw, '../interview.md');
    const { code, err } = await run('import', '--speakers', 'Keith,Kylie', '--duration', '1:00:00', '--out', out, raw);
    expect(code).toBe(0);
    expect(err).toMatch(/interview\.txt: text, (\d+) turns \(\1 with estimated times\); speakers alternated: Keith, Kylie -> /);
    const doc = parseEpisode(readFileSync(out, 'utf8'), out);
    const turns = doc.items.filter((i) => i.kind === 'turn');
    expect(turns.length).toBeGreaterThanOrEqual(40);
    expect(turns.slice(0, 4).map((t) => t.who)).toEqual(['Keith', 'Kylie', 'Keith', 'Kylie']);
    expect(turns.every((t, i) => t.sec !== undefined && t.sec < 3600 && (i === 0 || t.sec >= turns[i - 1]!.sec!))).toBe(true);
    expect(errorsOf(out)).toEqual([]);
  });

  it('reads a word-processor transcript with speakers and times', async () => {
    const dir = tempDir();
    const out = join(dir, 'otter.md');
    expect(await run('import', '--format', 'transcript', '--out', out, fixture('import/otter.txt'))).toMatchObject({ code: 0 });
    const doc = parseEpisode(readFileSync(out, 'utf8'), out);
    expect(doc.items[0]).toMatchObject({ kind: 'turn', who: 'Alexey', sec: 93, time: '1:33' });
  });

  it('refuses to overwrite an existing file unless forced', async () => {
    const raw = tempCopy(fixture('import/name-colon.txt'), 'talk.txt');
    const out = join(raw, '../talk.md');
    writeFileSync(out, 'keep me');
    const refused = await run('import', '--out', out, raw);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('talk.md: already exists; choose another --out, merge with --into');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(await run('import', '--force', '--out', out, raw)).toMatchObject({ code: 0 });
    expect(readFileSync(out, 'utf8').startsWith('---\ntitle: talk\n')).toBe(true);
  });
});

describe('episode import --into', () => {
  it('inserts chapters as headers, keeping every byte outside the transcript', async () => {
    const name = 's01e03-building-ds-team';
    const target = tempCopy(corpusFile('legacy', `${name}.md`), 'episode.md');
    const before = readFileSync(target, 'utf8');
    const { code, err } = await run('import', '--into', target, '--replace-headers', corpusFile('chapters', `${name}.txt`));
    expect(code).toBe(0);
    expect(err).toMatch(/chapters, 30 chapter\(s\) -> .*episode\.md \(30 chapters; 30 chapter header\(s\) inserted, 13 existing header\(s\) replaced/);
    const after = readFileSync(target, 'utf8');
    const head = (t: string) => t.slice(0, t.indexOf('\ntranscript:\n'));
    const tail = (t: string) => t.slice(t.indexOf('\n---', t.indexOf('\ntranscript:\n')));
    expect(head(after)).toBe(head(before));
    expect(tail(after)).toBe(tail(before));
    const doc = parseEpisode(after, target);
    expect(doc.items.filter((i) => i.kind === 'header')).toHaveLength(30);
    // Every turn keeps its bytes.
    const turnBytes = (t: string) => parseEpisode(t, 'x.md').items.filter((i) => i.kind === 'turn').map((i) => i.origin!.text);
    expect(turnBytes(after)).toEqual(turnBytes(before));
  });

  it('adds a transcript to an episode without one, keeping every other byte', async () => {
    const target = tempCopy(corpusFile('legacy', 's02e01-writing.md'), 'writing.md');
    const before = readFileSync(target, 'utf8');
    const out = join(target, '../writing-new.md');
    const { code } = await run('import', '--into', target, '--out', out, fixture('import/episode.vtt'));
    expect(code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(before);
    const after = readFileSync(out, 'utf8');
    const close = before.indexOf('\n---\n', 4);
    expect(after.startsWith(before.slice(0, close + 1))).toBe(true);
    expect(after.slice(close + 1).startsWith('transcript:\n- line: This week')).toBe(true);
    expect(after.endsWith(before.slice(close))).toBe(true);
    expect(errorsOf(out)).toEqual([]);
  });

  it('refuses to replace a transcript that is not empty, unless asked, and then keeps the rest', async () => {
    const target = tempCopy(seed('000'), 'episode.md');
    const before = readFileSync(target, 'utf8');
    const refused = await run('import', '--into', target, fixture('import/blocks.txt'));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('episode.md: already has a transcript of 143 turns (158 items); this input, read as a transcript, would replace it with 27 turns: nothing imported; to replace the transcript with it, pass --replace-transcript');
    expect(readFileSync(target, 'utf8')).toBe(before);

    expect(await run('import', '--into', target, '--replace-transcript', fixture('import/blocks.txt'))).toMatchObject({ code: 0 });
    const after = readFileSync(target, 'utf8');
    const start = before.indexOf('\ntranscript:\n');
    expect(after.slice(0, start)).toBe(before.slice(0, start));
    expect(after.endsWith(before.slice(before.lastIndexOf('\n---\n')))).toBe(true);
    expect(parseEpisode(after, target).items).toHaveLength(27);
  });

  it('needs --into for a chapter list', async () => {
    const dir = tempDir();
    const { code, err } = await run('import', '--out', join(dir, 'x.md'), fixture('import/chapters-000.txt'));
    expect(code).toBe(2);
    expect(err).toContain('a chapter list goes into an existing episode: pass --into EPISODE.md');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('episode import failures', () => {
  it.each([
    ['an empty file', '', 'not a transcript this app can import: the file is empty'],
    ['binary data', '\u0000\u0001\u0002ELF\u0000', 'not a transcript this app can import: it is binary data, not text'],
    ['an episode file', readFileSync(seed('000'), 'utf8'), 'not a transcript this app can import: it already is an episode file'],
  ])('exits 2 on %s and writes nothing', async (_what, content, message) => {
    const dir = tempDir();
    const raw = join(dir, 'input.txt');
    writeFileSync(raw, content);
    const { code, err } = await run('import', '--out', join(dir, 'out.md'), raw);
    expect(code).toBe(2);
    expect(err).toContain(`input.txt: ${message}`);
    expect(err).toContain('expected video captions (`0:04 text` lines), SRT/WebVTT cues');
    expect(readdirSync(dir)).toEqual(['input.txt']);
  });

  it('refuses a raw file longer than an episode may be (52 million characters) at once, naming it, and writes nothing', async () => {
    const dir = tempDir();
    const raw = join(dir, 'huge.txt');
    writeFileSync(raw, 'so tell me about the community and what comes next for it\n'.repeat(900_000));
    const { code, err } = await run('import', '--out', join(dir, 'out.md'), raw);
    expect(code).toBe(2);
    expect(err).toContain('huge.txt: 52.2 million characters, more than the 10.0 million a transcript or caption file may have: refused');
    expect(readdirSync(dir)).toEqual(['huge.txt']);
  });

  it('exits 1 when the input brings in an error (times going back), writing the file to fix', async () => {
    const dir = tempDir();
    const raw = join(dir, 'back.txt');
    writeFileSync(
      raw,
      '0:00 so tell me what do you think about the new course we are running now\n0:10 yeah I think it is great and people really like it a lot so far\n0:05 okay cool so what comes next for the community after this one then\n',
    );
    const out = join(dir, 'back.md');
    const { code, err } = await run('import', '--out', out, raw);
    expect(code).toBe(1);
    expect(err).toContain('line 3: time 0:05 goes back from the line before; kept as written');
    expect(err).toContain('back.md:14: error sec-decreasing: sec 5 (0:05) goes back 5 s from 10 (0:10) at the turn at 0:10');
    expect(existsSync(out)).toBe(true);
  });

  it('exits 2 naming the line where a forced format breaks', async () => {
    const dir = tempDir();
    const { code, err } = await run('import', '--format', 'captions', '--out', join(dir, 'out.md'), seed('002'));
    expect(code).toBe(2);
    expect(err).toMatch(/002_\w+\.txt:1: expected a caption line starting with its time/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exits 2 for a missing file', async () => {
    const dir = tempDir();
    const { code, err } = await run('import', '--out', join(dir, 'out.md'), '/nonexistent/raw.txt');
    expect(code).toBe(2);
    expect(err).toContain('/nonexistent/raw.txt: cannot read: no such file');
    expect(existsSync(join(dir, 'out.md'))).toBe(false);
  });

  it.each([
    [['import', '--format', 'docx', '--out', 'x.md', 'raw.txt'], '--format must be one of auto, captions, text, transcript, srt, vtt, chapters; got `docx`'],
    [['import', 'raw.txt'], 'name the file to write with --out OUT.md'],
    [['import', '--out', 'x.md'], 'name exactly one raw file to import'],
    [['import', '--duration', 'soon', '--out', 'x.md', 'raw.txt'], '--duration takes seconds (3600) or a time (1:00:00); got `soon`'],
    [['import', '--speakers', ',', '--out', 'x.md', 'raw.txt'], '--speakers takes names separated by commas'],
  ])('exits 2 with the usage for %j', async (argv, message) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain('usage: episode <command>');
  });
});

describe('episode import of subtitles in other encodings', () => {
  it.each([
    ['bom-utf-16-le.srt', /: read as UTF-16 \(little-endian\), from its byte order mark$/, 'About 2 months ago'],
    ['windows-1252.srt', /: not UTF-8 \(line 7: byte 0xC9\); read as Windows-1252$/, 'ÉVÉNEMENTS'],
  ])('reads %s, saying how on stderr', async (name, notice, words) => {
    const raw = tempCopy(fixture('import/third-party/pysrt', name), name);
    const out = join(raw, '../out.md');
    const { code, err } = await run('import', '--out', out, raw);
    expect(code).toBe(0);
    const [first, second] = err.trim().split('\n');
    expect(first!.startsWith(`${raw}: `)).toBe(true);
    expect(first).toMatch(notice);
    expect(second).toMatch(/: srt, \d+ turns -> /);
    expect(readFileSync(out, 'utf8')).toContain(words);
  });
});
