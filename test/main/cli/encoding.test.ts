import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runEpisodeCli as run, tempCopy } from '../../support/cli.js';
import { fixture } from '../../support/paths.js';

describe('the command line on a file that is not valid UTF-8', () => {
  it('check reports it as an encoding-invalid problem at the first bad byte (in --json too) and exits 2', async () => {
    const copy = tempCopy(fixture('episodes', 'invalid-utf8.md'));
    const { code, out } = await run('check', copy);
    expect(code).toBe(2);
    expect(out).toContain(`${copy}:12:12: error encoding-invalid: not valid UTF-8 (byte 0xFF); nothing is ever written to it, so no byte of it is replaced`);
    const json = await run('check', '--json', copy);
    expect(JSON.parse(json.out)).toEqual([expect.objectContaining({ file: copy, line: 12, column: 12, code: 'encoding-invalid', severity: 'error' })]);
  });

  it.each([['fmt'], ['fmt', '--rewrite'], ['fix'], ['fix', '--only', 'time-unquoted']])('%s reports the first bad byte, exits 2 and writes nothing', async (...args) => {
    const copy = tempCopy(fixture('episodes', 'invalid-utf8.md'));
    const { code, err } = await run(...args, copy);
    expect(code).toBe(2);
    expect(err).toContain(`${copy}:12:12: not valid UTF-8 (byte 0xFF); nothing is ever written to it, so no byte of it is replaced`);
    expect(readFileSync(copy).equals(readFileSync(fixture('episodes/invalid-utf8.md')))).toBe(true);
  });
});

describe('the command line on a file with a byte order mark', () => {
  it('checks it, and fmt keeps it byte for byte', async () => {
    const copy = tempCopy(fixture('episodes', 'bom.md'));
    expect(await run('check', copy)).toMatchObject({ code: 0 });
    expect(await run('fmt', '--check', copy)).toMatchObject({ code: 0 });
    expect(await run('fmt', copy)).toMatchObject({ code: 0 });
    expect(readFileSync(copy).equals(readFileSync(fixture('episodes/bom.md')))).toBe(true);
    expect(await run('fmt', '--rewrite', copy)).toMatchObject({ code: 0 });
    expect(readFileSync(copy, 'utf8')).toMatch(/^\uFEFF---\ntitle: .*\n  time: 0:05\n/s);
  });
});

describe('episode check on characters PyYAML refuses and keys written twice', () => {
  it('reports the NUL byte as an error (exit 1) and the duplicate keys as warnings', async () => {
    const { code, out } = await run('check', fixture('episodes/refused-and-duplicate.md'));
    expect(code).toBe(1);
    expect(out).toContain('refused-and-duplicate.md:5:20: error yaml-error: PyYAML cannot load this value: the character U+0000 (NUL)');
    expect(out).toContain('refused-and-duplicate.md:3: warning key-duplicate: the key `title` appears again (first at line 2)');
    expect(out).toContain('refused-and-duplicate.md:13: warning key-duplicate: the key `line` appears twice');
  });

  it('and fmt --rewrite refuses it, writing nothing', async () => {
    const copy = tempCopy(fixture('episodes', 'refused-and-duplicate.md'));
    const { code, err } = await run('fmt', '--rewrite', copy);
    expect(code).toBe(2);
    expect(err).toContain(`${copy}:5:20: cannot rewrite: PyYAML cannot load this value: the character U+0000`);
    expect(readFileSync(copy).equals(readFileSync(fixture('episodes/refused-and-duplicate.md')))).toBe(true);
  });
});
