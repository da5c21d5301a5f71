import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitItem, formatDuration, isUnedited, parseDuration, parseEpisode, serializeEpisode, validateEpisode } from '../../../shared/episode/index.js';
import { CORPUS, FIXTURE_CORPUS, REPO_ROOT, corpusFiles, corpusNames, filesOf } from '../../support/paths.js';
import { PYTHON_WITH_YAML, runPython } from '../../support/python.js';

const files = corpusFiles();
const texts = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
const docs = new Map(files.map((f) => [f, parseEpisode(texts.get(f)!, f)]));

describe('the real corpus', () => {
  it('holds every file of the sample kept in the repository', () => {
    const sample = [...filesOf('episodes', FIXTURE_CORPUS), ...filesOf('legacy', FIXTURE_CORPUS)];
    expect(corpusNames(files)).toEqual(expect.arrayContaining(corpusNames(sample)));
    expect(files.length).toBeGreaterThan(CORPUS.full ? 250 : 15);
  });

  it('round-trips every file byte for byte', () => {
    const changed = files.filter((f) => serializeEpisode(docs.get(f)!) !== texts.get(f));
    expect(changed).toEqual([]);
  });

  it('re-emits every item of the current corpus the way its writer wrote it (bar plain times, which it now quotes)', () => {
    // The legacy files were written by an older writer and edited by hand, so only round trip and rewrite hold there.
    const differing: string[] = [];
    for (const file of corpusFiles('episodes')) {
      const doc = docs.get(file)!;
      doc.items.forEach((item, i) => {
        if (!isUnedited(item) || item.origin.plainTime !== undefined) return;
        if (emitItem(item, doc.style) !== item.origin.text) differing.push(`${file} item ${i}`);
      });
    }
    expect(differing).toEqual([]);
  });

  it('has durations that agree with the turns, written the way formatDuration writes them', () => {
    let checked = 0;
    for (const [file, doc] of docs) {
      const entry = doc.entries.find((e) => e.key === 'duration');
      if (typeof entry?.value !== 'string') continue;
      checked++;
      expect({ file, duration: formatDuration(parseDuration(entry.value)!) }).toEqual({ file, duration: entry.value });
      expect(validateEpisode(doc).filter((p) => p.code === 'duration-mismatch')).toEqual([]);
    }
    expect(checked).toBeGreaterThan(CORPUS.full ? 100 : 5);
  });
});

describe.skipIf(!PYTHON_WITH_YAML)('the corpus against PyYAML', () => {
  const script = readFileSync(join(REPO_ROOT, 'test/support/pyyaml_reference.py'), 'utf8');
  const reference = PYTHON_WITH_YAML
    ? (JSON.parse(runPython(script, [], files.join('\n'))) as Record<string, { jumps: number[] } | { error: string }>)
    : {};

  it('reports every backward sec jump at the index PyYAML’s reading gives', () => {
    for (const file of files) {
      const expected = reference[file]!;
      const jumps = 'error' in expected ? [] : expected.jumps;
      const found = validateEpisode(docs.get(file)!).filter((p) => p.code === 'sec-decreasing').map((p) => p.index);
      expect({ file, jumps: found }).toEqual({ file, jumps });
    }
    const total = Object.values(reference).reduce((n, r) => n + ('jumps' in r ? r.jumps.length : 0), 0);
    expect(total).toBeGreaterThan(0);
  });
});
