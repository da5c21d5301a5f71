// Nesting bounded before composing (issue 14: 100,000 `[` overflowed the stack, with no file or line).
import { describe, expect, it } from 'vitest';
import { Parser } from 'yaml';
import { MAX_DEPTH, tooDeep } from '../../../shared/yaml/depth.js';
import { loadYaml, YamlLoadError } from '../../../shared/yaml/load.js';

const brackets = (n: number) => `x: ${'['.repeat(n)}${']'.repeat(n)}\n`;
const braces = (n: number) => `x: ${'{a: '.repeat(n)}${'}'.repeat(n)}\n`;
const blocks = (n: number) => `x:\n${Array.from({ length: n }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')}\n`;

describe('nesting depth', () => {
  it('reads lists and mappings nested up to the bound', () => {
    // The top-level mapping is one level.
    expect(tooDeep([...new Parser().parse(brackets(MAX_DEPTH - 1))])).toBeUndefined();
    expect(loadYaml(brackets(MAX_DEPTH - 1))).toBeInstanceOf(Map);
    expect(tooDeep([...new Parser().parse(brackets(MAX_DEPTH))])).toBe(3 + MAX_DEPTH - 1);
  });

  it.each([
    ['flow lists', brackets, 'line 1, column 103'],
    ['flow mappings', braces, 'line 1, column 400'],
    ['block mappings', blocks, 'line 101, column 101'],
  ])('refuses %s nested 100,000 deep with a YamlLoadError and its place, not a stack overflow', (_name, make, place) => {
    const source = make(make === blocks ? 2_000 : 100_000);
    expect(() => loadYaml(source)).toThrow(YamlLoadError);
    expect(() => loadYaml(source)).toThrow(`lists and mappings nested more than 100 levels deep (an episode needs three): the file is refused rather than read (${place})`);
  });
});
