// dumpYaml against yaml.dump(..., sort_keys=False, default_flow_style=False) of the real PyYAML
// (answers recorded in cases.json by test/fixtures/yaml/make-cases.py).
import { describe, expect, it } from 'vitest';
import { dumpMappingEntry, dumpSequenceItem, dumpYaml } from '../../../shared/yaml/emit.js';
import { loadYaml } from '../../../shared/yaml/load.js';
import { pyFloatRepr, representFloat } from '../../../shared/yaml/represent.js';
import { YamlFloat, YamlTimestamp } from '../../../shared/yaml/value.js';
import { cases, label } from './helpers.js';

describe.each([
  ['unicode', true],
  ['ascii', false],
] as const)('strings, allow_unicode=%s', (mode, allowUnicode) => {
  it.each(cases.strings.map((c) => [label(c.text), c] as const))('%s', (_name, c) => {
    const expected = c[mode];
    const options = { allowUnicode };
    if (c.text.includes('\x85')) {
      // PyYAML's readers fold a written U+0085 away: unlike PyYAML, it is written as `\N` in double quotes, and reads back.
      for (const value of [c.text, new Map([['key', c.text]]), new Map([[c.text, 'v']]), [c.text]]) {
        const text = dumpYaml(value, options);
        expect(text).toContain('\\N');
        expect(loadYaml(text)).toEqual(value);
      }
      return;
    }
    expect(dumpYaml(c.text, options), 'at the root').toBe(expected.root);
    expect(dumpYaml(new Map([['key', c.text]]), options), 'as a value').toBe(expected.value);
    expect(dumpYaml(new Map([[c.text, 'v']]), options), 'as a key').toBe(expected.key);
    expect(dumpYaml([c.text], options), 'as an item').toBe(expected.item);
  });
});

describe('width and indent options', () => {
  it.each(cases.variants.map((c) => [`${label(c.source, 30)} ${JSON.stringify(c.options)}`, c] as const))('%s', (_name, c) => {
    const value = loadYaml(c.source);
    expect(dumpYaml(value, { allowUnicode: true, ...c.options })).toBe(c.unicode);
    expect(dumpYaml(value, { allowUnicode: false, ...c.options })).toBe(c.ascii);
  });
});

describe('scalars built in TypeScript', () => {
  const dump = (value: Parameters<typeof dumpYaml>[0]): string => dumpYaml(new Map([['k', value]]), { allowUnicode: true });

  it('writes ints, bigints, floats, bools, null and timestamps as PyYAML does', () => {
    expect(dump(93)).toBe('k: 93\n');
    expect(dump(-0)).toBe('k: 0\n');
    expect(dump(2n ** 70n)).toBe('k: 1180591620717411303424\n');
    expect(dump(new YamlFloat(1))).toBe('k: 1.0\n');
    expect(dump(new YamlFloat(1e20))).toBe('k: 1.0e+20\n');
    expect(dump(new YamlFloat(-Infinity))).toBe('k: -.inf\n');
    expect(dump(new YamlFloat(NaN))).toBe('k: .nan\n');
    expect(dump(true)).toBe('k: true\n');
    expect(dump(null)).toBe('k: null\n');
    expect(dump(new YamlTimestamp('date', '2025-10-21'))).toBe('k: 2025-10-21\n');
  });

  it('refuses a non-integer number (floats are YamlFloat)', () => {
    expect(() => dump(1.5)).toThrow(/YamlFloat/);
  });

  it('matches repr() on float layouts (values from Python)', () => {
    const pairs: [number, string][] = [
      [1e16, '1e+16'], [1e15, '1000000000000000.0'], [1e-5, '1e-05'], [1e-4, '0.0001'], [0.1, '0.1'],
      [-0, '-0.0'], [5e-324, '5e-324'], [1.7976931348623157e308, '1.7976931348623157e+308'], [123456789.123, '123456789.123'],
      [2.5e-7, '2.5e-07'], [12345678901234567, '1.2345678901234568e+16'], [1234567890123456, '1234567890123456.0'],
    ];
    for (const [value, repr] of pairs) expect(pyFloatRepr(value)).toBe(repr);
    expect(representFloat(1e16)).toBe('1.0e+16');
  });
});

describe('pieces of a dump', () => {
  const transcript = [
    new Map<string, string | number>([['header', 'Katie’s background']]),
    new Map<string, string | number>([
      ['line', 'Before we go into our main topic, let us talk about your background. Can you tell us about your career journey so far?'],
      ['sec', 93], ['time', '1:33'], ['who', 'Alexey'],
    ]),
  ];
  const doc = new Map<string, Parameters<typeof dumpYaml>[0]>([['season', 11], ['guests', ['katiebauer']], ['transcript', transcript]]);

  it('dumpMappingEntry and dumpSequenceItem are slices of dumpYaml', () => {
    const options = { allowUnicode: true };
    const entries = [...doc].map(([k, v]) => dumpMappingEntry(k, v, options));
    expect(entries.join('')).toBe(dumpYaml(doc, options));
    expect(entries[0]).toBe('season: 11\n');
    expect(entries[1]).toBe('guests:\n- katiebauer\n');
    expect('transcript:\n' + transcript.map((item) => dumpSequenceItem(item, options)).join('')).toBe(entries[2]);
    // Expected text: PyYAML's yaml.dump([item], sort_keys=False, allow_unicode=True).
    expect(dumpSequenceItem(transcript[1]!, options)).toBe(
      '- line: Before we go into our main topic, let us talk about your background. Can you\n' +
        '    tell us about your career journey so far?\n  sec: 93\n  time: \'1:33\'\n  who: Alexey\n',
    );
  });
});
