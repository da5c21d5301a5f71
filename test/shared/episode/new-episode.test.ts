import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { NEW_EPISODE_KEYS, emptyEpisode, importedEpisode, newEpisode, parseEpisode, serializeEpisode, validateEpisode } from '../../../shared/episode/index.js';
import { importRaw } from '../../../shared/import/index.js';
import { importFixture } from '../import/support.js';
import { corpusFile } from '../../support/paths.js';
import { PYTHON_WITH_YAML, runPython } from '../../support/python.js';

describe('emptyEpisode', () => {
  it('is what reading an empty frontmatter gives, and writes back as one', () => {
    expect(emptyEpisode('new.md')).toEqual(parseEpisode('---\n---\n', 'new.md'));
    expect(serializeEpisode(emptyEpisode())).toBe('---\n---\n');
  });
});

describe('importedEpisode', () => {
  it('writes the keys the site\'s episodes begin with, empty but the title, in their order, then the transcript', () => {
    const text = serializeEpisode(importedEpisode('Data Science Career: "Growth"', []));
    expect(text).toBe('---\ntitle: \'Data Science Career: "Growth"\'\nshort: \'\'\nseason: null\nepisode: null\nguests: []\n---\n');
    const real = parseEpisode(readFileSync(corpusFile('episodes', 'datatalksclub-building-sustainable-data-community-3-years-anniversary.md'), 'utf8'), 'real.md');
    expect(real.entries.slice(0, 5).map((e) => e.key)).toEqual(NEW_EPISODE_KEYS.map((e) => e.key));
  });

  it.skipIf(!PYTHON_WITH_YAML)('writes a file that PyYAML loads, with those keys first and every turn', () => {
    const result = importRaw(importFixture('name-colon-timed.md'));
    if (result.format === 'chapters') throw new Error('expected turns');
    const text = serializeEpisode(importedEpisode('Imported: "x"', result.items));
    const loaded = JSON.parse(runPython('import sys, yaml, json; d = yaml.safe_load(sys.stdin.read().split("---")[1]); print(json.dumps([list(d), d["title"], len(d["transcript"])]))', [], text)) as unknown;
    expect(loaded).toEqual([['title', 'short', 'season', 'episode', 'guests', 'transcript'], 'Imported: "x"', result.items.length]);
  });
});

describe('newEpisode', () => {
  it('writes a title and the transcript as PyYAML would, and reads back to the same items', () => {
    const result = importRaw(importFixture('name-colon-timed.md'));
    if (result.format === 'chapters') throw new Error('expected turns');
    const text = serializeEpisode(newEpisode('Data Science Career: "Growth"', result.items));
    expect(text.startsWith('---\ntitle: \'Data Science Career: "Growth"\'\ntranscript:\n- line: This week')).toBe(true);
    expect(text.endsWith("  time: '8:20'\n  who: Katie\n---\n")).toBe(true);
    const back = parseEpisode(text, 'new.md');
    expect(back.items.map(({ origin: _o, ...rest }) => rest)).toEqual(result.items);
    expect(validateEpisode(back).filter((p) => p.severity === 'error')).toEqual([]);
  });
});

