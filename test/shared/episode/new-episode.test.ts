import { describe, expect, it } from 'vitest';
import { emptyEpisode, newEpisode, parseEpisode, serializeEpisode, validateEpisode } from '../../../shared/episode/index.js';
import { importRaw } from '../../../shared/import/index.js';
import { importFixture } from '../import/support.js';

describe('emptyEpisode', () => {
  it('is what reading an empty frontmatter gives, and writes back as one', () => {
    expect(emptyEpisode('new.md')).toEqual(parseEpisode('---\n---\n', 'new.md'));
    expect(serializeEpisode(emptyEpisode())).toBe('---\n---\n');
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

