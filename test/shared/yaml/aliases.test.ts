// Aliases resolved once per document, as PyYAML's Composer resolves them, and bounded (issue 14:
// 20,000 aliases took 28 s to check; a billion laughs took 36 s and 3 GB before failing).
import { describe, expect, it } from 'vitest';
import { MAX_ALIASES, MAX_EXPANSION } from '../../../shared/yaml/aliases.js';
import { loadYaml, YamlLoadError } from '../../../shared/yaml/load.js';
import type { YamlValue } from '../../../shared/yaml/value.js';
import { PYTHON_WITH_YAML, runPython } from '../../support/python.js';
import { tagged } from './helpers.js';

const asMap = (value: YamlValue) => value as ReadonlyMap<string, YamlValue>;

// Nine levels of nine aliases: 387 million values once expanded.
const laughs = ['x0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...Array.from({ length: 9 }, (_, i) => `x${i + 1}: &x${i + 1} [${Array(9).fill(`*x${i}`).join(', ')}]`)].join('\n');

describe('aliases', () => {
  it('resolve to their anchors, as PyYAML reads them', () => {
    const source = 'a: &x 1\nb: *x\nc: &y [2, *x]\nd: *y\ne: {f: *x, g: &z 3, h: *z}\n';
    const value = loadYaml(source);
    expect(tagged(value)).toEqual({
      map: [
        ['a', { int: '1' }], ['b', { int: '1' }], ['c', { seq: [{ int: '2' }, { int: '1' }] }],
        ['d', { seq: [{ int: '2' }, { int: '1' }] }], ['e', { map: [['f', { int: '1' }], ['g', { int: '3' }], ['h', { int: '3' }]] }],
      ],
    });
    // An aliased collection is the very same object, as in PyYAML.
    expect(asMap(value).get('d')).toBe(asMap(value).get('c'));
    if (PYTHON_WITH_YAML) {
      const py = runPython('import json,sys,yaml; print(json.dumps(yaml.safe_load(sys.stdin.read())))', [], source);
      expect(JSON.parse(py)).toEqual({ a: 1, b: 1, c: [2, 1], d: [2, 1], e: { f: 1, g: 3, h: 3 } });
    }
  });

  it('20,000 of them load, each to its own anchor', () => {
    const n = 20_000;
    const source = `defs:\n${Array.from({ length: n }, (_, i) => `  a${i}: &a${i} v${i}`).join('\n')}\nrefs:\n${Array.from({ length: n }, (_, i) => `- *a${i}`).join('\n')}\n`;
    const refs = asMap(loadYaml(source)).get('refs') as readonly string[];
    expect(refs).toHaveLength(n);
    expect(refs[0]).toBe('v0');
    expect(refs[12_345]).toBe('v12345');
  });

  it('refuse a billion laughs at the alias where the expansion passes the bound, with its line', () => {
    expect(() => loadYaml(laughs)).toThrow(YamlLoadError);
    expect(() => loadYaml(laughs)).toThrow(/the aliases expand to more than 1,000,000 values here \(at \*x5\).*\(line 7, column 10\)/);
  });

  it('allow an expansion up to the bound', () => {
    // 1000 aliases of a list of 999 items and itself: exactly MAX_EXPANSION values added.
    const source = `a: &a [${Array(999).fill('x').join(', ')}]\nb: [${Array(MAX_EXPANSION / 1000).fill('*a').join(', ')}]\n`;
    expect((asMap(loadYaml(source)).get('b') as readonly unknown[]).length).toBe(1000);
    expect(() => loadYaml(source.replace('b: [', 'b: [*a, '))).toThrow(/expand to more than/);
  });

  it('refuse more than MAX_ALIASES of them', () => {
    const source = `a: &a x\nb: [${Array(MAX_ALIASES + 1).fill('*a').join(', ')}]\n`;
    expect(() => loadYaml(source)).toThrow(/more than 100,000 aliases/);
  });

  it('may build a structure that contains itself, as PyYAML does (the episode engine refuses it)', () => {
    const list = asMap(loadYaml('a: &a [1, *a]\n')).get('a') as readonly unknown[];
    expect(list[1]).toBe(list);
  });

  it('refuse a chain that nests deeper than the depth bound once expanded', () => {
    const chain = ['a0: &a0 [x]', ...Array.from({ length: 120 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}]`)].join('\n');
    expect(() => loadYaml(chain)).toThrow(/nests lists and mappings more than 100 levels deep once expanded/);
  });
});
