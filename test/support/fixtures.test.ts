import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS, REPO_ROOT, SHARED_DIR, corpusNames, filesOf, fixture } from './paths.js';

const sample = (['episodes', 'legacy', 'chapters'] as const).flatMap((set) => filesOf(set, FIXTURE_CORPUS));
const seeds = readdirSync(fixture('seeds')).map((name) => fixture('seeds', name));
const readme = readFileSync(fixture('README.md'), 'utf8');

describe('the test data kept in the repository', () => {
  it('holds the three seeds and a sample of every corpus set', () => {
    expect(seeds).toHaveLength(3);
    for (const set of ['episodes', 'legacy', 'chapters'] as const) expect(filesOf(set, FIXTURE_CORPUS).length).toBeGreaterThan(5);
  });

  it('says in its README what each file is', () => {
    const unlisted = [...sample, ...seeds].map((file) => relative(fixture(), file)).filter((file) => !readme.includes(file.split('/').pop()!));
    expect(unlisted).toEqual([]);
  });

  it.skipIf(!existsSync(SHARED_DIR))('is byte for byte the same as the originals in ../shared', () => {
    const originals = [
      ...corpusNames(sample).map((name, i) => [sample[i]!, join(SHARED_DIR, 'corpus', name)] as const),
      ...seeds.map((file) => [file, join(SHARED_DIR, 'seeds', relative(fixture('seeds'), file))] as const),
      [join(REPO_ROOT, 'test/support/pyyaml-dump.py'), join(SHARED_DIR, 'tools/pyyaml-dump.py')] as const,
    ];
    const differing = originals.filter(([copy, original]) => !readFileSync(copy).equals(readFileSync(original)));
    expect(differing).toEqual([]);
  });
});
