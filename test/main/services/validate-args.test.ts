import { describe, expect, it } from 'vitest';
import { optionalString, requireBoolean, requireNoArgument, requireOneOf, requireRecord, requireString } from '../../../main/services/validate-args.js';

describe('argument checks', () => {
  it('name the operation, the argument and what came instead', () => {
    expect(() => requireRecord('op', [], [])).toThrow('op: the argument must be an object, got array');
    expect(() => requireRecord('op', null, [])).toThrow('op: the argument must be an object, got null');
    expect(() => requireRecord('op', { a: 1, b: 2, c: 3 }, ['a'])).toThrow('op: unexpected argument "b", "c"');
    expect(() => requireString('op', 1, 'path')).toThrow('op: "path" must be a string, got number');
    expect(() => requireBoolean('op', 'true', 'dirty')).toThrow('op: "dirty" must be true or false, got string');
    expect(() => requireOneOf('op', 'maybe', 'answer', ['yes', 'no'])).toThrow('op: "answer" must be one of yes, no, got "maybe"');
    expect(() => requireNoArgument('op', 0)).toThrow('op: takes no argument, got number');
  });

  it('pass good values through', () => {
    expect(requireRecord('op', { a: 1 }, ['a', 'b'])).toEqual({ a: 1 });
    expect(requireString('op', '', 'x')).toBe('');
    expect(optionalString('op', undefined, 'x')).toBeUndefined();
    expect(optionalString('op', null, 'x')).toBeUndefined();
    expect(optionalString('op', 'y', 'x')).toBe('y');
    expect(requireBoolean('op', false, 'x')).toBe(false);
    expect(requireOneOf('op', 'no', 'x', ['yes', 'no'])).toBe('no');
    expect(() => requireNoArgument('op', undefined)).not.toThrow();
    expect(() => requireNoArgument('op', null)).not.toThrow();
  });
});
