import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq } from 'yaml';
import { parseYamlLeniently } from '../../../shared/yaml/lenient-parse.js';
import { loadYaml } from '../../../shared/yaml/load.js';

// A real file's time, quoted over three lines whose continuation is not indented: PyYAML reads it, `yaml` alone does not.
const TEXT = "- time: '9:\n\n46'\n  who: Al\n- time: x\n";

/** Each key of the sequence's mappings, with its offset in the parsed text. */
function keys(doc: ReturnType<typeof parseYamlLeniently>['doc']): { key: string; at: number }[] {
  if (!isSeq(doc.contents)) throw new Error('expected a sequence');
  return doc.contents.items.flatMap((item) => (isMap(item) ? item.items : [])).flatMap(({ key }) => (isScalar(key) ? [{ key: String(key.value), at: key.range![0] }] : []));
}

describe('parseYamlLeniently', () => {
  it('reads a quoted scalar with unindented continuation lines, as PyYAML does', () => {
    const { doc } = parseYamlLeniently(TEXT);
    expect(doc.errors).toEqual([]);
    expect(doc.toJS()).toEqual([{ time: '9:\n46', who: 'Al' }, { time: 'x' }]);
  });

  it('maps offsets and line positions back to the original text', () => {
    const { doc, toOriginal, linePos } = parseYamlLeniently(TEXT);
    const places = keys(doc).map(({ key, at }) => ({ key, text: TEXT.slice(toOriginal(at), toOriginal(at) + key.length), ...linePos(at) }));
    expect(places).toEqual([
      { key: 'time', text: 'time', line: 1, col: 3 },
      { key: 'who', text: 'who', line: 4, col: 3 },
      { key: 'time', text: 'time', line: 5, col: 3 },
    ]);
  });

  it('keeps the first parse and its errors when the repair does not help', () => {
    const { doc, toOriginal, linePos } = parseYamlLeniently('a: 1\nb: [\n');
    expect(doc.errors.length).toBeGreaterThan(0);
    expect(toOriginal(7)).toBe(7);
    // The list is still open at the end of the text, on line 3.
    expect(linePos(doc.errors[0]!.pos[0])).toEqual({ line: 3, col: 1 });
  });

  it('is the parse under loadYaml too', () => {
    expect(loadYaml(TEXT)).toEqual([new Map([['time', '9:\n46'], ['who', 'Al']]), new Map([['time', 'x']])]);
  });
});
