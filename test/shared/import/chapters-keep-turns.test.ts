import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEpisode, serializeEpisode, type EpisodeDocument } from '../../../shared/episode/index.js';
import { importRaw, mergeImport } from '../../../shared/import/index.js';
import { corpusFiles, fixture } from '../../support/paths.js';

const shapesDir = fixture('import', 'chapters');
const shapes = readdirSync(shapesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: readFileSync(`${shapesDir}/${f}`, 'utf8') }));
const episodes = corpusFiles().flatMap((file) => {
  try {
    const doc = parseEpisode(readFileSync(file, 'utf8'), file);
    return doc.items.length > 0 ? [doc] : [];
  } catch {
    return []; // a file the engine cannot read is no target for an import
  }
});

/** Every item of `before` is in `after`, in order, with the bytes it was read from; each other item is a header. */
function onlyHeadersAdded(before: EpisodeDocument, after: EpisodeDocument): void {
  const original = before.items.map((i) => i.origin!.text);
  let next = 0;
  const added = after.items.filter((item) => {
    if (next < original.length && item.origin?.text === original[next]) return void next++;
    return true;
  });
  expect([before.file, next]).toEqual([before.file, original.length]);
  expect(added.every((i) => i.kind === 'header')).toBe(true);
}

describe('chapters merged into an episode never remove or change a turn', () => {
  it('has episodes and chapter shapes to cross', () => {
    expect(episodes.length).toBeGreaterThanOrEqual(15);
    expect(shapes.length).toBeGreaterThanOrEqual(14);
  });

  // In memory every episode with every shape; written and read back (the slow part), every episode with one shape in turn.
  it.each(shapes.map((s, k) => [s.name, s, k] as const))('%s, detected, into every corpus episode (even asked to replace the transcript)', (_name, shape, k) => {
    const result = importRaw(shape.text, { file: shape.name });
    expect(result.format).toBe('chapters');
    episodes.forEach((doc, e) => {
      const merged = mergeImport(doc, result, { replaceTranscript: true });
      onlyHeadersAdded(doc, merged.doc);
      if (e % shapes.length !== k) return;
      const written = serializeEpisode(merged.doc);
      onlyHeadersAdded(doc, parseEpisode(written, doc.file));
      // Every byte before the transcript is kept.
      const source = readFileSync(doc.file, 'utf8');
      const head = source.indexOf('\ntranscript:');
      expect(written.slice(0, head)).toBe(source.slice(0, head));
    });
  });
});
