import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEpisode, previewEpisode, transcriptPrefixEnd } from '../../../shared/episode/index.js';
import { corpusFiles, fixture, seed } from '../../support/paths.js';

describe('previewEpisode', () => {
  it('gives the first 60 items of every long real episode exactly as the whole parse does', () => {
    let previewed = 0;
    for (const file of corpusFiles()) {
      const text = readFileSync(file, 'utf8');
      let whole;
      try {
        whole = parseEpisode(text, file);
      } catch {
        continue;
      }
      const preview = previewEpisode(text, file);
      if (whole.items.length <= 60) {
        expect({ file, preview }).toEqual({ file, preview: undefined });
        continue;
      }
      if (!preview) continue;
      previewed++;
      expect({ file, items: preview.items }).toEqual({ file, items: whole.items.slice(0, 60) });
      expect(preview.entries.map((e) => e.key)).toEqual(whole.entries.map((e) => e.key).slice(0, preview.entries.length));
    }
    expect(previewed).toBeGreaterThan(10);
  });

  it('cuts seed 000 at the start of its 61st item, and keeps Windows line breaks', () => {
    const text = readFileSync(seed('000'), 'utf8');
    const end = transcriptPrefixEnd(text)!;
    expect(text.slice(end).startsWith('- ')).toBe(true);
    expect(previewEpisode(text)!.items).toHaveLength(60);
    const crlf = readFileSync(fixture('episodes/seed-000-crlf.md'), 'utf8');
    expect(previewEpisode(crlf)!.items).toEqual(parseEpisode(crlf).items.slice(0, 60));
  });

  it('leaves short transcripts and files without one to the whole parse', () => {
    expect(previewEpisode('---\ntitle: x\ntranscript:\n- line: a\n  who: A\n---\n')).toBeUndefined();
    expect(previewEpisode('---\ntitle: x\n---\nbody\n')).toBeUndefined();
  });
});
