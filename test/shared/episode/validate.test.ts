import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES, hasErrors, parseEpisode, validateEpisode } from '../../../shared/episode/index.js';
import { fixture, seed } from '../../support/paths.js';

const load = (path: string, name: string) => parseEpisode(readFileSync(path, 'utf8'), name);

describe('validateEpisode', () => {
  const problems = validateEpisode(load(fixture('episodes/defects.md'), 'defects.md'));
  const found = problems.map((p) => `${p.index}:${p.code}`);

  it('finds each planted defect at its item', () => {
    expect(found).toEqual([
      'null:duration-mismatch',
      '0:header-run',
      '3:time-sec-mismatch',
      '3:time-unquoted',
      '4:sec-decreasing',
      '4:who-suspicious',
      '5:time-sec-mismatch',
      '5:line-duplicate',
      '6:line-empty',
      '7:time-malformed',
      '7:who-suspicious',
      '8:who-missing',
      '9:time-unquoted',
      '10:item-unknown',
    ]);
  });

  it('covers every problem code but yaml-error and encoding-invalid (which the command line reports) and key-duplicate (refused-and-duplicate.md)', () => {
    const elsewhere: readonly string[] = ['yaml-error', 'encoding-invalid', 'key-duplicate'];
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(PROBLEM_CODES.filter((c) => !elsewhere.includes(c))));
  });

  it('gives file, source line, severity and a message that says what to do', () => {
    const back = problems.find((p) => p.code === 'sec-decreasing')!;
    expect(back).toMatchObject({ file: 'defects.md', index: 4, line: 17, severity: 'error' });
    expect(back.message).toBe('sec 80 (1:20) goes back 20 s from 100 (1:40) at the turn at 0:41 (Jane)');
    const colon = problems.find((p) => p.code === 'who-suspicious' && p.index === 4)!;
    expect(colon.message).toContain('did you mean `Alexey`');
    const typo = problems.find((p) => p.code === 'who-suspicious' && p.index === 7)!;
    expect(typo.message).toContain('typo of `Alexey`');
    const unquoted = problems.find((p) => p.code === 'time-unquoted' && p.index === 3)!;
    expect(unquoted.message).toContain("write '0:41'");
    const duration = problems.find((p) => p.code === 'duration-mismatch')!;
    expect(duration).toMatchObject({ index: null, line: 3, severity: 'warning' });
    expect(duration.message).toBe("duration PT00H10M should be PT00H01M07S: the last turn's sec minus the first turn's (1:07)");
    expect(hasErrors(problems)).toBe(true);
  });

  it('finds no errors in the clean seed episode', () => {
    const seedProblems = validateEpisode(load(seed('000'), 'seed.md'));
    expect(seedProblems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('characters PyYAML refuses, and keys written twice', () => {
  const file = fixture('episodes/refused-and-duplicate.md');
  const found = validateEpisode(parseEpisode(readFileSync(file, 'utf8'), 'refused-and-duplicate.md'));

  it('reports a NUL byte as an error at its line and column', () => {
    expect(found.filter((p) => p.code === 'yaml-error')).toEqual([{
      file: 'refused-and-duplicate.md', index: null, line: 5, column: 20, code: 'yaml-error', severity: 'error',
      message: 'PyYAML cannot load this value: the character U+0000 (NUL), which PyYAML refuses anywhere in the frontmatter (it loads none of it); remove it',
    }]);
    expect(hasErrors(found)).toBe(true);
  });

  it('warns of a key written twice, at the top level and in an item, and of nothing inside quotes', () => {
    expect(found.filter((p) => p.code === 'key-duplicate').map((p) => [p.line, p.index, p.severity, p.message])).toEqual([
      [3, null, 'warning', 'the key `title` appears again (first at line 2): PyYAML keeps only the last value'],
      [13, 1, 'warning', 'the key `line` appears twice in the turn at 0:05 (Jane): PyYAML keeps only the last value, and the first is lost on save'],
    ]);
  });
});
