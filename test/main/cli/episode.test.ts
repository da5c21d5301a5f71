import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runEpisodeCli, tempCopy } from '../../support/cli.js';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../shared/episode/index.js';
import { REPO_ROOT, corpusFile, fixture, seed } from '../../support/paths.js';

const run = runEpisodeCli;

describe('episode check', () => {
  it('exits 0 on a file without errors', async () => {
    const { code } = await run('check', seed('000'));
    expect(code).toBe(0);
  });

  it('prints problems as JSON and exits 1 on errors', async () => {
    const { code, out } = await run('check', '--json', fixture('episodes/defects.md'));
    expect(code).toBe(1);
    const problems = JSON.parse(out) as Problem[];
    expect(problems.find((p) => p.code === 'sec-decreasing')).toMatchObject({ index: 4, line: 17, severity: 'error' });
    expect(Object.keys(problems[0]!).sort()).toEqual(['code', 'file', 'index', 'line', 'message', 'severity']);
  });

  it('reports a YAML error with line and column and exits 2', async () => {
    const { code, out } = await run('check', '--json', fixture('episodes/bad-yaml.md'));
    expect(code).toBe(2);
    const [problem] = JSON.parse(out) as Problem[];
    expect(problem).toMatchObject({ code: 'yaml-error', line: 7, severity: 'error', index: null });
    expect(problem!.column).toBeGreaterThan(0);
  });

  it('exits 2 with a one-line message for a missing file', async () => {
    const { code, err } = await run('check', '/nonexistent/episode.md');
    expect(code).toBe(2);
    expect(err).toContain('/nonexistent/episode.md: cannot read: no such file');
  });
});

describe('episode fmt', () => {
  it('leaves a clean file untouched', async () => {
    const copy = tempCopy(seed('000'));
    expect(await run('fmt', '--check', copy)).toMatchObject({ code: 0 });
    await run('fmt', copy);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(seed('000'), 'utf8'));
  });

  it('quotes plain times that Ruby reads as numbers and writes other items canonically, changing nothing else', async () => {
    const copy = tempCopy(fixture('episodes/defects.md'));
    const before = readFileSync(copy, 'utf8');
    expect(await run('fmt', '--check', copy)).toMatchObject({ code: 1 });
    expect(readFileSync(copy, 'utf8')).toBe(before);
    expect(await run('fmt', copy)).toMatchObject({ code: 0 });
    const after = readFileSync(copy, 'utf8');
    // `37:567` is text to every reader, so PyYAML's writer leaves it plain.
    expect(after).toBe(before.replace('time: 0:41', "time: '0:41'").replace('time: 2:30', "time: '2:30'").replace("time: '37:567'", 'time: 37:567'));
    expect(readdirSync(join(copy, '..'))).toEqual(['episode.md']);
  });

  it('prints a whole-file rewrite to stdout without touching the file', async () => {
    const path = corpusFile('episodes', 'urban-data-science.md');
    const copy = tempCopy(path);
    const { code, out } = await run('fmt', '--rewrite', '--stdout', copy);
    expect(code).toBe(0);
    expect(out.startsWith('---\n')).toBe(true);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(path, 'utf8'));
  });

  it('never writes a file it cannot read as an episode', async () => {
    const copy = tempCopy(fixture('episodes/bad-yaml.md'));
    const { code, err } = await run('fmt', copy);
    expect(code).toBe(2);
    expect(err).toMatch(/episode\.md:7:\d+: /);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(fixture('episodes/bad-yaml.md'), 'utf8'));
  });
});

describe('the built command', () => {
  it('runs as `npm run -s episode` and sets the exit code', async () => {
    const exec = promisify(execFile);
    const result = await exec('npm', ['run', '-s', 'episode', '--', 'check', fixture('episodes/defects.md')], { cwd: REPO_ROOT }).catch((e: { code: number; stdout: string }) => e);
    expect(result).toMatchObject({ code: 1 });
    expect((result as { stdout: string }).stdout).toContain('defects.md:17: error sec-decreasing: sec 80 (1:20) goes back 20 s from 100 (1:40) at the turn at 0:41 (Jane)');
  });
});
