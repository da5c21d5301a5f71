import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEpisode } from '../../../shared/episode/index.js';
import { runEpisodeCli as run, tempCopy } from '../../support/cli.js';
import { differingLines } from '../../support/diff.js';
import { corpusFile, fixture, seed } from '../../support/paths.js';

/** The file lines of the items that start on the given lines (each item up to the next item or the end of the transcript). */
function itemLines(text: string, starts: readonly number[]): Set<number> {
  const doc = parseEpisode(text);
  const lines = new Set<number>();
  for (const item of doc.items) {
    if (!item.origin || !starts.includes(item.origin.line)) continue;
    const count = item.origin.text.split('\n').length - 1;
    for (let n = 0; n < count; n++) lines.add(item.origin.line + n);
  }
  return lines;
}

/** `file:line: code: …` lines printed for a file: the lines and codes. */
function reported(out: string, file: string): { line: number; code: string }[] {
  return out
    .split('\n')
    .filter((l) => l.startsWith(`${file}:`))
    .map((l) => {
      const [, line, code] = /^.*?:(\d+): ([a-z-]+): /.exec(l.slice(file.length))!;
      return { line: Number(line), code: code! };
    });
}

describe('episode fix', () => {
  it('applies the safe fixes in place, printing each, and changes only the fixed items’ lines', async () => {
    const copy = tempCopy(fixture('episodes/defects.md'));
    const before = readFileSync(copy, 'utf8');
    const { code, out, err } = await run('fix', copy);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toEqual([
      `${copy}:13: time-sec-mismatch: time '0:41' → '1:40' (from sec 100)`,
      `${copy}:17: who-suspicious: speaker 'Alexey:' → 'Alexey'`,
      `${copy}:21: time-sec-mismatch: time '2:01' → '2:00' (from sec 120)`,
      `${copy}:29: who-suspicious: speaker 'Alexeylexey' → 'Alexey'`,
      `${copy}:34: time-unquoted: time 2:30 quoted`,
    ]);
    expect(err).toContain('1 file(s): 5 fix(es) made');
    const after = readFileSync(copy, 'utf8');
    // The turn whose speaker changes is written anew, and PyYAML's writer leaves `37:567` (text to every reader) plain.
    expect(after).toBe(
      before
        .replace('time: 0:41', "time: '1:40'")
        .replace("who: 'Alexey:'", 'who: Alexey')
        .replace("time: '2:01'", "time: '2:00'")
        .replace("time: '37:567'\n  who: Alexeylexey", 'time: 37:567\n  who: Alexey')
        .replace('time: 2:30', "time: '2:30'"),
    );
    expect(readdirSync(join(copy, '..'))).toEqual(['episode.md']);
    expect(await run('fix', '--check', copy)).toMatchObject({ code: 0, out: '' });
  });

  it('quotes the plain times of a real episode, changing only those lines', async () => {
    const path = corpusFile('episodes', 'datatalksclub-building-sustainable-data-community-3-years-anniversary.md');
    const copy = tempCopy(path);
    const before = readFileSync(path, 'utf8');
    const { code, out } = await run('fix', copy);
    expect(code).toBe(0);
    const fixes = reported(out, copy);
    expect(fixes.length).toBeGreaterThan(0);
    expect(new Set(fixes.map((f) => f.code))).toEqual(new Set(['time-unquoted']));
    const after = readFileSync(copy, 'utf8');
    const differing = differingLines(before, after);
    expect(differing).toHaveLength(fixes.length);
    const fixed = itemLines(before, fixes.map((f) => f.line));
    expect(differing.filter((n) => !fixed.has(n))).toEqual([]);
    for (const n of differing) expect(after.split('\n')[n - 1]).toBe(before.split('\n')[n - 1]!.replace(/time: (.*)$/, "time: '$1'"));
  });

  it('--check lists the fixes, writes nothing and exits 1; a clean file exits 0', async () => {
    const copy = tempCopy(fixture('episodes/defects.md'));
    const before = readFileSync(copy, 'utf8');
    const { code, out, err } = await run('fix', '--check', copy);
    expect(code).toBe(1);
    expect(reported(out, copy).map((f) => `${f.line}:${f.code}`)).toEqual(['13:time-sec-mismatch', '17:who-suspicious', '21:time-sec-mismatch', '29:who-suspicious', '34:time-unquoted']);
    expect(err).toContain('5 fix(es) to make');
    expect(readFileSync(copy, 'utf8')).toBe(before);
    const clean = tempCopy(seed('000'));
    expect(await run('fix', '--check', clean)).toMatchObject({ code: 0, out: '' });
    expect(await run('fix', clean)).toMatchObject({ code: 0, out: '' });
    expect(readFileSync(clean, 'utf8')).toBe(readFileSync(seed('000'), 'utf8'));
  });

  it('--only applies just the codes named, the unsafe ones included, keeping every other byte', async () => {
    const path = corpusFile('episodes', 'data-engineering-career-path-and-skills.md');
    const copy = tempCopy(path);
    const before = readFileSync(path, 'utf8');
    const { code, out } = await run('fix', '--only', 'sec-decreasing', copy);
    expect(code).toBe(0);
    const fixes = reported(out, copy);
    expect(fixes.map((f) => f.code)).toEqual(['sec-decreasing', 'sec-decreasing', 'sec-decreasing']);
    expect(out).toMatch(/interpolated between .* \(estimated\)/);
    const after = readFileSync(copy, 'utf8');
    const changed = differingLines(before, after);
    expect(changed.length).toBeGreaterThan(0);
    // In this file each time that goes back is the one out of line, so the reported turns are the ones re-timed.
    const allowed = itemLines(before, fixes.map((f) => f.line));
    expect(changed.filter((n) => !allowed.has(n))).toEqual([]);
    const doc = parseEpisode(before);
    expect(parseEpisode(after).items.length).toBe(doc.items.length);

    const headers = tempCopy(corpusFile('episodes', 'machine-learning-system-design-interview.md'));
    const removed = await run('fix', '--only', 'header-run,line-duplicate', headers);
    expect(removed.code).toBe(0);
    expect(new Set(reported(removed.out, headers).map((f) => f.code))).toEqual(new Set(['header-run']));
    expect(await run('fix', '--check', '--only', 'header-run', headers)).toMatchObject({ code: 0 });
  });

  it('rejects unknown or unfixable codes with exit 2, naming them, and writes nothing', async () => {
    const copy = tempCopy(fixture('episodes/defects.md'));
    const before = readFileSync(copy, 'utf8');
    const { code, err } = await run('fix', '--only', 'time-unquoted,bogus,yaml-error', copy);
    expect(code).toBe(2);
    expect(err).toContain('no fix for `bogus`, `yaml-error`');
    expect(err).toContain('usage: episode');
    expect(readFileSync(copy, 'utf8')).toBe(before);
    expect(await run('fix', '--only', '', copy)).toMatchObject({ code: 2 });
    expect(await run('fix')).toMatchObject({ code: 2 });
  });

  it('exits 2 for a file it cannot read, still fixing the others', async () => {
    const bad = tempCopy(fixture('episodes/bad-yaml.md'));
    const good = tempCopy(fixture('episodes/defects.md'));
    const { code, err } = await run('fix', '/nonexistent/episode.md', bad, good);
    expect(code).toBe(2);
    expect(err).toContain('/nonexistent/episode.md: cannot read: no such file');
    expect(err).toMatch(/episode\.md:7:\d+: /);
    expect(readFileSync(bad, 'utf8')).toBe(readFileSync(fixture('episodes/bad-yaml.md'), 'utf8'));
    expect(readFileSync(good, 'utf8')).not.toBe(readFileSync(fixture('episodes/defects.md'), 'utf8'));
  });
});
