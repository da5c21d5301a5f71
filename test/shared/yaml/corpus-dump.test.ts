// The real episode files: loadYaml + dumpYaml of each frontmatter must equal what the reference
// writer (test/support/pyyaml-dump.py, the real PyYAML) prints, in both the unicode and the
// older ascii style; so must the engine's whole-file rewrite; and the pieces the editor re-emits
// must be exact slices of those dumps.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT, corpusFiles } from '../../support/paths.js';
import { PYTHON_WITH_YAML } from '../../support/python.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseEpisode, rewriteEpisode } from '../../../shared/episode/index.js';
import { dumpMappingEntry, dumpSequenceItem, dumpYaml } from '../../../shared/yaml/emit.js';
import { loadYaml } from '../../../shared/yaml/load.js';
import { isYamlMap, isYamlSeq, type YamlValue } from '../../../shared/yaml/value.js';

const TOOL = join(REPO_ROOT, 'test/support/pyyaml-dump.py');
const BATCH = fileURLToPath(new URL('./pyyaml_batch.py', import.meta.url));
const FILES = corpusFiles();
const PYTHON = PYTHON_WITH_YAML;

/** The frontmatter exactly as pyyaml-dump.py cuts it: the lines between the first two `---` lines. */
function frontmatter(text: string): string | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === '---');
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && line.trim() === '---');
  if (end < 0) return undefined;
  return lines.slice(start + 1, end).join('\n') + '\n';
}

// Python's str.strip() and JS trim() differ on a few characters; the corpus has none of them on
// `---` lines, but the cut is checked against Python's anyway through the whole-dump comparison.

interface Run { rc: number; out: string; err: string }
type Reference = Record<string, { unicode: Run; ascii: Run }>;

describe.skipIf(!PYTHON)('corpus: dumpYaml equals PyYAML on every file', () => {
  let reference: Reference = {};
  // Pure-Python PyYAML needs ~40 s of CPU for the corpus in both styles: split it over the cores.
  beforeAll(async () => {
    const workers = Math.max(1, Math.min(8, availableParallelism()));
    const chunks = Array.from({ length: workers }, (_, w) => FILES.filter((_f, i) => i % workers === w));
    const parts = await Promise.all(chunks.map((chunk) => runBatch(chunk)));
    reference = Object.assign({}, ...parts) as Reference;
  }, 600_000);

  // Each file is loaded once: the value, or the error loadYaml threw.
  const loaded = new Map<string, { value: YamlValue } | { error: unknown }>();
  const load = (file: string): YamlValue => {
    let entry = loaded.get(file);
    if (!entry) {
      try {
        const fm = frontmatter(readFileSync(file, 'utf8'));
        if (fm === undefined) throw new Error('no frontmatter between --- lines');
        entry = { value: loadYaml(fm) };
      } catch (error) {
        entry = { error };
      }
      loaded.set(file, entry);
    }
    if ('error' in entry) throw entry.error;
    return entry.value;
  };
  const usesEscapes = (file: string): boolean => file.includes('/legacy/') && /\\u[0-9a-fA-F]{4}/.test(readFileSync(file, 'utf8'));

  it(`covers ${FILES.length} files`, () => {
    expect(Object.keys(reference).sort()).toEqual([...FILES].sort());
  });

  it('gives the same text for every file, in both styles', () => {
    const differing: string[] = [];
    for (const file of FILES) {
      const ref = reference[file]!;
      let value: YamlValue;
      try {
        value = load(file);
      } catch (error) {
        // Where PyYAML fails, loadYaml must fail too.
        if (ref.unicode.rc === 0) differing.push(`${file}: loadYaml threw ${String(error)}`);
        continue;
      }
      if (ref.unicode.rc !== 0) {
        differing.push(`${file}: PyYAML failed (${ref.unicode.err.trim()}) but loadYaml did not`);
        continue;
      }
      for (const mode of ['unicode', 'ascii'] as const) {
        const ours = dumpYaml(value, { allowUnicode: mode === 'unicode' });
        if (ours !== ref[mode].out) differing.push(`${file} (${mode}): ${firstDifference(ours, ref[mode].out)}`);
      }
    }
    expect(differing).toEqual([]);
  });

  it('compares the legacy files written with \\u escapes in the ascii style', () => {
    const escaped = FILES.filter(usesEscapes);
    expect(escaped.length).toBeGreaterThan(0);
    for (const file of escaped) {
      expect(dumpYaml(load(file), { allowUnicode: false }), file).toBe(reference[file]!.ascii.out);
    }
  });

  // The engine's own path: parseEpisode keeps the bytes around the frontmatter, rewriteEpisode re-dumps
  // it in the style the file was written in, and refuses (naming the place) what PyYAML cannot load.
  it('rewriteEpisode equals PyYAML in each file’s own style, and refuses exactly the files PyYAML cannot load', () => {
    const differing: string[] = [];
    const refused: string[] = [];
    for (const file of FILES) {
      const doc = parseEpisode(readFileSync(file, 'utf8'), file);
      const ref = reference[file]!;
      try {
        const expected = doc.preamble + doc.opening + ref[doc.style.allowUnicode ? 'unicode' : 'ascii'].out + doc.end;
        if (rewriteEpisode(doc) !== expected) differing.push(file);
      } catch (err) {
        expect(String(err)).toMatch(/:\d+:\d+: cannot rewrite/);
        refused.push(file);
      }
    }
    expect(differing).toEqual([]);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused).toEqual(FILES.filter((file) => reference[file]!.unicode.rc !== 0));
  });

  // In the unicode style for every file, and also in the ascii style for the files written in it.
  it('dumpMappingEntry and dumpSequenceItem are exact slices of dumpYaml', () => {
    let entries = 0;
    let items = 0;
    for (const file of FILES) {
      if (reference[file]!.unicode.rc !== 0) continue;
      const value = load(file);
      if (!isYamlMap(value)) continue;
      for (const allowUnicode of usesEscapes(file) ? [true, false] : [true]) {
        const options = { allowUnicode };
        const full = dumpYaml(value, options);
        const pieces: string[] = [];
        for (const [key, entry] of value) {
          if (typeof key !== 'string') throw new Error(`${file}: a non-string top-level key`);
          const piece = dumpMappingEntry(key, entry, options);
          expect(full.startsWith(piece, pieces.join('').length), `${file}: entry ${key}`).toBe(true);
          pieces.push(piece);
          entries++;
          if (isYamlSeq(entry) && entry.length > 0) {
            const list = entry.map((item) => dumpSequenceItem(item, options));
            expect(`${key}:\n${list.join('')}`, `${file}: items of ${key}`).toBe(piece);
            items += list.length;
          }
        }
        expect(pieces.join(''), file).toBe(full);
      }
    }
    expect(entries).toBeGreaterThan(0);
    expect(items).toBeGreaterThan(1000);
  });
});

function runBatch(files: readonly string[]): Promise<Reference> {
  return new Promise((resolve, reject) => {
    const child = execFile(PYTHON!, [BATCH, TOOL], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(JSON.parse(stdout) as Reference);
    });
    child.stdin?.end(files.join('\n'));
  });
}

function firstDifference(ours: string, theirs: string): string {
  const a = ours.split('\n');
  const b = theirs.split('\n');
  const i = a.findIndex((line, n) => line !== b[n]);
  const at = i < 0 ? a.length : i;
  return `line ${at + 1}: ours ${JSON.stringify(a[at])} vs PyYAML ${JSON.stringify(b[at])}`;
}
