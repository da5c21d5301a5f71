import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignmentDoubt, alignToCaptions } from '../../../shared/align/index.js';
import { parseEpisode } from '../../../shared/episode/index.js';
import { seed } from '../../support/paths.js';
import { captions, published } from './support.js';

describe('alignmentDoubt', () => {
  it('has none of an episode and its own captions', () => {
    expect(alignmentDoubt(alignToCaptions(published, captions).summary)).toBeUndefined();
  });

  it('doubts another episode’s captions, of which a few common words and turns match by chance', () => {
    const other = parseEpisode(readFileSync(seed('000'), 'utf8'), seed('000')).items;
    const summary = alignToCaptions(other, captions).summary;
    expect(summary.matched).toBeGreaterThan(0);
    expect(alignmentDoubt(summary)).toBe('few-words-found');
  });

  it('finds no turn where no word was heard (silence, music, a tone)', () => {
    expect(alignmentDoubt(alignToCaptions(published, []).summary)).toBe('no-turn-found');
  });
});
