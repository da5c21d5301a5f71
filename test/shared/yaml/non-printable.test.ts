// The characters PyYAML's Reader refuses (issue 14: only NUL was named), found with their place.
import { describe, expect, it } from 'vitest';
import { NON_PRINTABLE } from '../../../shared/yaml/load.js';
import { refusedCharacters } from '../../../shared/yaml/non-printable.js';
import { PYTHON_WITH_YAML, runPython } from '../../support/python.js';

// Both sides of every edge of PyYAML's printable set.
const EDGES = [0x00, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x1f, 0x20, 0x7e, 0x7f, 0x80, 0x84, 0x85, 0x86, 0x9f, 0xa0, 0xd7ff, 0xe000, 0xfffd, 0xfffe, 0xffff, 0x10000, 0x10ffff];

describe('characters PyYAML refuses', () => {
  it.skipIf(!PYTHON_WITH_YAML)('are exactly those its Reader refuses, on both sides of each edge of its set', () => {
    const script = [
      'import json,sys,yaml',
      'from yaml.reader import ReaderError',
      'def refused(c):',
      '    try: yaml.safe_load("a: \'x" + chr(c) + "y\'"); return False',
      '    except ReaderError: return True',
      'print(json.dumps([refused(c) for c in json.load(sys.stdin)]))',
    ].join('\n');
    const py = JSON.parse(runPython(script, [], JSON.stringify(EDGES))) as boolean[];
    expect(EDGES.map((c) => NON_PRINTABLE.test(String.fromCodePoint(c)))).toEqual(py);
  });

  it('are each found at their offset and named', () => {
    const { found, more } = refusedCharacters('a\x07b\x7fc\x9bd\x85e\ufffef\0');
    expect(more).toBe(0);
    expect(found).toEqual([
      { offset: 1, name: 'U+0007 (a control character)' },
      { offset: 3, name: 'U+007F (DEL)' },
      { offset: 5, name: 'U+009B (a C1 control character)' },
      { offset: 9, name: 'U+FFFE (a noncharacter)' },
      { offset: 11, name: 'U+0000 (NUL)' },
    ]);
  });

  it('are reported up to a bound, the rest counted', () => {
    const { found, more } = refusedCharacters('\x01'.repeat(25), 20);
    expect(found).toHaveLength(20);
    expect(more).toBe(5);
  });
});
