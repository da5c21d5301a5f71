// loadYaml against yaml.safe_load, and load + dump against yaml.dump (answers in cases.json).
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { dumpYaml } from '../../../shared/yaml/emit.js';
import { loadYaml, toYamlValueFromNode, YamlLoadError } from '../../../shared/yaml/load.js';
import { cases, label, tagged } from './helpers.js';

describe('loadYaml matches safe_load, and dumpYaml the dump of it', () => {
  it.each(cases.documents.map((c) => [label(c.source), c] as const))('%s', (_name, c) => {
    if (c.error !== undefined) {
      expect(() => loadYaml(c.source)).toThrow(YamlLoadError);
      return;
    }
    const value = loadYaml(c.source);
    if (c.loaded !== null) expect(tagged(value)).toEqual(c.loaded);
    expect(dumpYaml(value, { allowUnicode: true })).toBe(c.unicode);
    expect(dumpYaml(value, { allowUnicode: false })).toBe(c.ascii);
  });
});

describe('values outside the model are refused', () => {
  it.each(cases.unsupported.map((source) => [label(source), source] as const))('%s', (_name, source) => {
    expect(() => loadYaml(source)).toThrow(YamlLoadError);
  });
});

describe('errors carry a line and a column', () => {
  it('from the parser', () => {
    expect(() => loadYaml('a: 1\nb: [\n')).toThrow(/line \d+, column \d+/);
  });

  it('from the constructor', () => {
    try {
      loadYaml('a: 1\nb: 2025-13-01\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(YamlLoadError);
      expect((error as YamlLoadError).line).toBe(2);
      expect((error as YamlLoadError).col).toBe(4);
    }
  });
});

describe('toYamlValueFromNode', () => {
  it('builds sub-nodes of a document parsed with any schema, resolving aliases with the document', () => {
    const doc = parseDocument('a: &x 1:33\nb: [*x, yes, "no", 0:41]\n');
    expect(toYamlValueFromNode(doc.get('a', true))).toBe(93);
    expect(toYamlValueFromNode(doc.get('b', true), doc)).toEqual([93, true, 'no', '0:41']);
    expect(() => toYamlValueFromNode(doc.get('b', true))).toThrow(/alias/);
  });
});
