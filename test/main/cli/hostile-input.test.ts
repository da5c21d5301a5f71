// The command line on files made to exhaust a reader, and on characters PyYAML refuses (issue 14):
// a yaml-error naming the file and line, a summary that counts it, and nothing written.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../shared/episode/index.js';
import { runEpisodeCli as run, tempCopy } from '../../support/cli.js';
import { fixture } from '../../support/paths.js';

describe.each([
  ['billion-laughs.md', '14:12', 'the aliases expand to more than 1,000,000 values here (at *x5)'],
  ['deep-nesting.md', '8:106', 'lists and mappings nested more than 100 levels deep'],
])('the command line on %s', (name, place, reason) => {
  it('check reports a yaml-error at its line, counts it in the summary and exits 2', async () => {
    const copy = tempCopy(fixture('episodes', name), name);
    const { code, out, err } = await run('check', copy);
    expect(code).toBe(2);
    expect(out).toContain(`${copy}:${place}: error yaml-error: ${reason}`);
    expect(err).toContain('1 file(s): 1 error(s), 0 warning(s)');
    const json = JSON.parse((await run('check', '--json', copy)).out) as Problem[];
    expect(json).toEqual([expect.objectContaining({ file: copy, code: 'yaml-error', severity: 'error' })]);
  });

  it.each([['fmt'], ['fmt', '--rewrite'], ['fix']])('%s names the file and line, exits 2 and writes nothing', async (...args) => {
    const copy = tempCopy(fixture('episodes', name), name);
    const { code, err } = await run(...args, copy);
    expect(code).toBe(2);
    expect(err).toContain(`${copy}:${place}: ${reason}`);
    expect(readFileSync(copy).equals(readFileSync(fixture('episodes', name)))).toBe(true);
  });
});

describe('the command line on 100,000 nested lists', () => {
  it('check and fmt report the file and line, not a stack overflow', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'episode-cli-')), 'deep.md');
    const text = `---\ntitle: Deep\ntranscript:\n- line: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n---\n`;
    writeFileSync(file, text);
    const check = await run('check', file);
    expect(check).toMatchObject({ code: 2 });
    expect(check.out).toContain(`${file}:4:106: error yaml-error: lists and mappings nested more than 100 levels deep`);
    expect(check.err).toContain('1 file(s): 1 error(s), 0 warning(s)');
    expect(check.err).not.toContain('call stack');
    expect(await run('fmt', file)).toMatchObject({ code: 2 });
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});

describe('the command line on characters PyYAML refuses', () => {
  it('check reports each at its line and column as a yaml-error (exit 1)', async () => {
    const { code, out, err } = await run('check', fixture('episodes/control-characters.md'));
    expect(code).toBe(1);
    expect(out).toContain('control-characters.md:4:16: error yaml-error: PyYAML cannot load this value: the character U+0007 (a control character)');
    expect(out).toContain('control-characters.md:8:72: error yaml-error: PyYAML cannot load this value: the character U+FFFE (a noncharacter)');
    expect(err).toContain('1 file(s): 5 error(s), 0 warning(s)');
  });

  it('fmt refuses to re-emit the items holding them, exits 2 and writes nothing', async () => {
    const copy = tempCopy(fixture('episodes', 'control-characters.md'), 'control-characters.md');
    const { code, err } = await run('fmt', copy);
    expect(code).toBe(2);
    expect(err).toContain(`${copy}:4:16: not formatted: PyYAML cannot load this value: the character U+0007 (a control character)`);
    expect(readFileSync(copy).equals(readFileSync(fixture('episodes/control-characters.md')))).toBe(true);
  });
});

describe('the command line on flow style', () => {
  it.each([['flow-frontmatter.md'], ['flow-items.md']])('fmt leaves %s byte for byte', async (name) => {
    const copy = tempCopy(fixture('episodes', name), name);
    expect(await run('fmt', '--check', copy)).toMatchObject({ code: 0 });
    expect(await run('fmt', copy)).toMatchObject({ code: 0 });
    expect(readFileSync(copy).equals(readFileSync(fixture('episodes', name)))).toBe(true);
  });

  it('fmt leaves a top-level `{a: 1, b: 2, c: 3}` as it is', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'episode-cli-')), 'flow.md');
    writeFileSync(file, '---\n{a: 1, b: 2, c: 3}\n---\n');
    expect(await run('fmt', file)).toMatchObject({ code: 0, err: '' });
    expect(readFileSync(file, 'utf8')).toBe('---\n{a: 1, b: 2, c: 3}\n---\n');
  });
});

describe('episode check on a file that fails without a place', () => {
  it('counts it as an error in the summary', async () => {
    const { code, err } = await run('check', '/nonexistent/episode.md');
    expect(code).toBe(2);
    expect(err).toContain('1 file(s): 1 error(s), 0 warning(s)');
  });
});
