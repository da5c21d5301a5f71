// resolve.ts against PyYAML's Resolver and SafeConstructor (answers recorded in cases.json).
import { describe, expect, it } from 'vitest';
import { constructPlain, resolvePlainTag } from '../../../shared/yaml/resolve.js';
import { YamlFloat, YamlTimestamp } from '../../../shared/yaml/value.js';
import { cases, label, tagged } from './helpers.js';

describe('resolvePlainTag and constructPlain match PyYAML', () => {
  it.each(cases.resolve.map((c) => [label(c.text), c] as const))('%s', (_name, c) => {
    expect(resolvePlainTag(c.text)).toBe(c.tag);
    if (c.error !== undefined) {
      expect(() => constructPlain(c.text)).toThrow();
    } else {
      expect(tagged(constructPlain(c.text))).toEqual(c.value);
    }
  });
});

describe('constructPlain value types', () => {
  it('keeps ints as numbers up to 2^53 - 1 and as bigint beyond', () => {
    expect(constructPlain('9007199254740991')).toBe(9007199254740991);
    expect(constructPlain('9007199254740992')).toBe(9007199254740992n);
    expect(constructPlain('-0x20000000000000')).toBe(-9007199254740992n);
    expect(constructPlain('1:33')).toBe(93);
  });

  it('builds floats, timestamps, bools and null', () => {
    expect(constructPlain('1.0')).toEqual(new YamlFloat(1));
    expect(constructPlain('2025-10-21')).toEqual(new YamlTimestamp('date', '2025-10-21'));
    expect(constructPlain('2025-10-21T10:00:00Z')).toEqual(new YamlTimestamp('datetime', '2025-10-21 10:00:00+00:00'));
    expect(constructPlain('Off')).toBe(false);
    expect(constructPlain('')).toBeNull();
    expect(constructPlain('0:41')).toBe('0:41');
  });
});
