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

  it('covers every problem code but yaml-error (which the command line reports)', () => {
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(PROBLEM_CODES.filter((c) => c !== 'yaml-error')));
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
