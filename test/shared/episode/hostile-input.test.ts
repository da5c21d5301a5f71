// Files made to exhaust a reader (issue 14): each is refused by parseEpisode with its file and line,
// fast, and never with a stack overflow.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EpisodeParseError, MAX_EPISODE_CHARS, parseEpisode, validateEpisode } from '../../../shared/episode/index.js';
import { fixture } from '../../support/paths.js';

const read = (name: string) => readFileSync(fixture('episodes', name), 'utf8');

function parseError(text: string, file: string): EpisodeParseError {
  try {
    parseEpisode(text, file);
  } catch (err) {
    if (err instanceof EpisodeParseError) return err;
    throw err;
  }
  throw new Error(`${file} was read`);
}

describe('parseEpisode on hostile input', () => {
  it('refuses a billion laughs inside an item at the alias that passes the bound', () => {
    const err = parseError(read('billion-laughs.md'), 'billion-laughs.md');
    expect(err.message).toBe('billion-laughs.md:14:12: the aliases expand to more than 1,000,000 values here (at *x5), as in a "billion laughs" attack: the file is refused rather than expanded');
  });

  it('refuses a structure that contains itself, which its readers would follow for ever', () => {
    expect(parseError('---\ntranscript:\n- a: &a [1, *a]\n---\n', 'self.md').message).toBe('self.md:3:13: the alias *a is inside the very node it names (a structure that contains itself), which the editor does not read');
  });

  it('refuses lists nested deeper than 100 levels inside a turn', () => {
    const err = parseError(read('deep-nesting.md'), 'deep-nesting.md');
    expect(err.message).toBe('deep-nesting.md:8:106: lists and mappings nested more than 100 levels deep (an episode needs three): the file is refused rather than read');
  });

  it.each([
    ['100,000 `[`', `- line: ${'['.repeat(100_000)}\n`],
    ['100,000 nested flow mappings', `- line: ${'{a: '.repeat(100_000)}\n`],
    ['2,000 nested block mappings', `- ${Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i ? i + 2 : 0)}k:`).join('\n')}\n`],
  ])('refuses %s with the file and line, not a stack overflow', (_name, item) => {
    const err = parseError(`---\ntitle: Deep\ntranscript:\n${item}---\n`, 'deep.md');
    expect(err.file).toBe('deep.md');
    expect(err.line).toBeGreaterThanOrEqual(4);
    expect(err.reason).toMatch(/nested more than 100 levels deep/);
  });

  it(`refuses a file longer than ${MAX_EPISODE_CHARS.toLocaleString('en')} characters before reading it`, () => {
    const turn = "- line: Hello and welcome to the show, everyone listening today.\n  sec: 1\n  time: '0:01'\n  who: Alexey\n";
    const text = `---\ntranscript:\n${turn.repeat(Math.ceil(MAX_EPISODE_CHARS / turn.length))}---\n`;
    expect(parseError(text, 'big.md').message).toBe('big.md:1:1: the file has 10.0 million characters, more than the 10.0 million an episode may have (the largest real one has 0.1 million): it was not read');
    expect(parseEpisode(text.slice(0, 1000).replace(/\n[^\n]*$/, '\n---\n'), 'small.md').items.length).toBeGreaterThan(5);
  });

  it('reports each character PyYAML refuses at its line and column', () => {
    const problems = validateEpisode(parseEpisode(read('control-characters.md'), 'control-characters.md'));
    expect(problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.message.replace(/, which PyYAML .*/, '')}`)).toEqual([
      '4:16 yaml-error PyYAML cannot load this value: the character U+0007 (a control character)',
      '4:32 yaml-error PyYAML cannot load this value: the character U+001B (a control character)',
      '8:18 yaml-error PyYAML cannot load this value: the character U+007F (DEL)',
      '8:34 yaml-error PyYAML cannot load this value: the character U+009B (a C1 control character)',
      '8:72 yaml-error PyYAML cannot load this value: the character U+FFFE (a noncharacter)',
    ]);
  });
});
