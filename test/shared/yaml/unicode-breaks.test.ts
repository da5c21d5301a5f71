// U+0085, U+2028 and U+2029 are line breaks to YAML 1.1 (PyYAML) and text to YAML 1.2 (the `yaml`
// parser): loadYaml must read them as PyYAML does, checked against the real PyYAML.
import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../../shared/yaml/load.js';
import { PYTHON_WITH_YAML, runPython } from '../../support/python.js';
import { tagged } from './helpers.js';

const LOAD = `
import json, sys, yaml
def tagged(v):
    if v is None or isinstance(v, (bool, str)): return v
    if isinstance(v, int): return {'int': str(v)}
    if isinstance(v, float): return {'float': repr(v)}
    if isinstance(v, dict): return {'map': [[tagged(k), tagged(x)] for k, x in v.items()]}
    if isinstance(v, list): return {'seq': [tagged(x) for x in v]}
    return {'other': repr(v)}
out = []
for source in json.load(sys.stdin):
    try:
        out.append({'value': tagged(yaml.safe_load(source))})
    except yaml.YAMLError as e:
        out.append({'error': str(e).splitlines()[0]})
print(json.dumps(out))
`;
const DUMP = `
import json, sys, yaml
out = []
for text, unicode in json.load(sys.stdin):
    out.append(yaml.dump({'transcript': [{'line': text, 'sec': 1}], 'k': text}, sort_keys=False, allow_unicode=unicode))
print(json.dumps(out))
`;

const pyLoad = (sources: readonly string[]) => JSON.parse(runPython(LOAD, [], JSON.stringify(sources))) as { value?: unknown; error?: string }[];

const HANDMADE = [
  "k: 'a\u2028  b'\n", "k: 'a\u2029  b'\n", "k: 'x\x85  y'\n", "k: 'a \u2028 b'\n", "k: 'a\u2028\n  b'\n", "k: 'a\n  \u2028b'\n",
  "k: 'a\u2028\u2028  b'\n", "k: '\u2028'\n", "k: 'a\u2028'\n", "k: 'it''s\u2028  x'\n", "- line: 'one two\u2029    three'\n  sec: 3\n",
  'k: "a\u2028  b"\n', 'k: "a\\L b \u2028 c"\n', 'k: "a\\\n  \u2028 b"\n', 'k: "x\\N  y\x85z"\n', 'k: "tab\t\u2028\tb"\n',
  'k: a\u2028  b\n', 'k: a \u2029   b c\n', 'k: a\x85  b\n', '- a\u2028  b\n',
];

describe.skipIf(!PYTHON_WITH_YAML)('YAML 1.1 line breaks are read as PyYAML reads them', () => {
  it('in single-quoted, double-quoted and plain scalars', () => {
    const expected = pyLoad(HANDMADE);
    const differing = HANDMADE.flatMap((source, i) => {
      const py = expected[i]!;
      if (py.error) return []; // PyYAML refuses it (see the report on plain scalars): not compared here
      const ours = tagged(loadYaml(source));
      return JSON.stringify(ours) === JSON.stringify(py.value) ? [] : [{ source, ours, pyyaml: py.value }];
    });
    expect(differing).toEqual([]);
    expect(expected.filter((e) => e.error === undefined).length).toBeGreaterThan(18);
  });

  it('in what PyYAML writes, for many texts holding them', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pieces = ['a', 'word', ' ', '  ', '\n', '\u2028', '\u2029', '\x85', "'", '"', '\\', ':', 'é', '\t', 'lorem ipsum dolor sit amet '];
    const texts = Array.from({ length: 600 }, () => Array.from({ length: 1 + Math.floor(rand() * 14) }, () => pieces[Math.floor(rand() * pieces.length)]).join(''));
    const input = texts.map((t, i) => [t, i % 2 === 0] as const);
    const dumps = JSON.parse(runPython(DUMP, [], JSON.stringify(input))) as string[];
    const expected = pyLoad(dumps);
    const differing = dumps.flatMap((dump, i) => {
      const ours = JSON.stringify(tagged(loadYaml(dump)));
      return ours === JSON.stringify(expected[i]!.value) ? [] : [{ dump, ours, pyyaml: expected[i] }];
    });
    expect(differing.slice(0, 3)).toEqual([]);
  });
});
