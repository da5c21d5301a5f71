// Randomized comparison with the real PyYAML: seeded random strings (indicators, quotes, breaks,
// tabs, non-ASCII, emoji, long lines that fold) and nested values, dumped by dumpYaml and by
// yaml.dump in both styles and several widths and indents; and dumpYaml's output must load back
// to the same value.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dumpYaml } from '../../../shared/yaml/emit.js';
import { loadYaml } from '../../../shared/yaml/load.js';
import { YamlFloat, type YamlKey, type YamlValue } from '../../../shared/yaml/value.js';
import { PYTHON_WITH_YAML } from '../../support/python.js';
import { tagged } from './helpers.js';
import { seededRandom } from '../../support/random.js';

const HELPER = fileURLToPath(new URL('./pyyaml_values.py', import.meta.url));
const PYTHON = PYTHON_WITH_YAML;

const PIECES = [
  ...'abcdefghijklmnopqrstuvwxyz', ' ', ' ', ' ', ' ', '  ', ':', ': ', ' #', '#', '-', '- ', '?', "'", '"', '\\',
  '\n', '\n\n', '\t', '\r', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '@', '`', '~', '0', '1', '7', '.',
  'é', '’', '“', '—', '\u00a0', '\u200b', '\ufeff', '😀', '\x85', '\u2028', '\x01', '\x7f', 'yes', 'null', '1:33',
  '0:41', '---', '...', 'Alexey', 'word', 'transcript', 'https://example.com/x?y=1#z', '中文',
];

type Encoded = null | boolean | { s: string } | { i: string } | { f: string } | { l: Encoded[] } | { m: [Encoded, Encoded][] };

function encode(value: YamlValue): Encoded {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'string') return { s: value };
  if (typeof value === 'number' || typeof value === 'bigint') return { i: value.toString() };
  if (value instanceof YamlFloat) return { f: Object.is(value.value, -0) ? '-0.0' : String(value.value) };
  if (value instanceof Map) return { m: [...value].map(([k, v]): [Encoded, Encoded] => [encode(k), encode(v)]) };
  if (Array.isArray(value)) return { l: (value as readonly YamlValue[]).map(encode) };
  throw new Error('timestamps are not generated');
}

function generate(rand: () => number): YamlValue[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const text = (): string => {
    const long = rand() < 0.3;
    const n = long ? 20 + Math.floor(rand() * 80) : Math.floor(rand() * 8);
    let s = '';
    for (let i = 0; i < n; i++) s += long && rand() < 0.6 ? pick(['lorem', 'ipsum', 'dolor', 'sit', ' ', ' ', 'x'.repeat(1 + Math.floor(rand() * 30))]) : pick(PIECES);
    return s;
  };
  const scalar = (): YamlValue => {
    const r = rand();
    if (r < 0.6) return text();
    if (r < 0.7) return Math.floor((rand() - 0.5) * 2 ** 40);
    if (r < 0.75) return BigInt(Math.floor(rand() * 2 ** 50)) * 2n ** 40n;
    if (r < 0.85) return new YamlFloat(pick([0, -0, 1, 0.1, 1e16, 1e-5, Infinity, -Infinity, NaN, (rand() - 0.5) * 10 ** Math.floor(rand() * 40 - 20)]));
    if (r < 0.93) return rand() < 0.5;
    return null;
  };
  const key = (): YamlKey => (rand() < 0.85 ? text() : pick<YamlKey>([null, true, 7, 12n ** 20n]));
  const node = (depth: number): YamlValue => {
    const r = rand();
    if (depth > 3 || r < 0.5) return scalar();
    if (r < 0.75) return Array.from({ length: Math.floor(rand() * 4) }, () => node(depth + 1));
    const map = new Map<YamlKey, YamlValue>();
    for (let i = Math.floor(rand() * 4); i > 0; i--) map.set(key(), node(depth + 1));
    return map;
  };
  return Array.from({ length: 1500 }, () => (rand() < 0.4 ? scalar() : node(0)));
}

interface Case { value: YamlValue; unicode: boolean; width: number | null; indent: number | null }

describe.skipIf(!PYTHON)('random values: dumpYaml equals PyYAML', () => {
  // Another seed explores more: YAML_RANDOM_SEED=123 npx vitest run test/shared/yaml/random-dump.test.ts
  const rand = seededRandom(Number(process.env.YAML_RANDOM_SEED ?? 20251121));
  const cases: Case[] = generate(rand).map((value) => ({
    value,
    unicode: rand() < 0.5,
    width: rand() < 0.7 ? null : [20, 40, 60, 100][Math.floor(rand() * 4)]!,
    indent: rand() < 0.8 ? null : [3, 4][Math.floor(rand() * 2)]!,
  }));

  it(`gives PyYAML's text for ${cases.length} values`, () => {
    const input = JSON.stringify(cases.map((c) => ({ ...c, value: encode(c.value) })));
    const expected = JSON.parse(execFileSync(PYTHON!, [HELPER], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })) as string[];
    const differing = cases.flatMap((c, i) => {
      const options = { allowUnicode: c.unicode, ...(c.width ? { width: c.width } : {}), ...(c.indent ? { indent: c.indent } : {}) };
      const ours = dumpYaml(c.value, options);
      // Unlike PyYAML, U+0085 (which PyYAML's readers fold away) is always written double-quoted as `\N`.
      if (ours !== expected[i] && ours.includes('\\N') && JSON.stringify(encode(c.value)).includes('\x85')) return [];
      return ours === expected[i] ? [] : [{ case: i, options, ours, pyyaml: expected[i] }];
    });
    expect(differing.slice(0, 3)).toEqual([]);
  });

  it('loads its own output back to the same value', () => {
    const differing = cases.flatMap((c, i) => {
      const text = dumpYaml(c.value, { allowUnicode: c.unicode });
      const back = loadYaml(text);
      return JSON.stringify(tagged(back)) === JSON.stringify(tagged(c.value)) ? [] : [{ case: i, text }];
    });
    expect(differing.slice(0, 3)).toEqual([]);
  });
});
