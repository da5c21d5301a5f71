import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeEpisodes, mergeItems } from '../../../shared/episode/merge.js';
import { parseEpisode, serializeEpisode, spliceItems, withItems, type EpisodeDocument, type TranscriptItem, type Turn } from '../../../shared/episode/index.js';
import { corpusFile, filesOf, FIXTURE_CORPUS } from '../../support/paths.js';

const FILE = corpusFile('episodes', 'building-data-team.md');
const TEXT = readFileSync(FILE, 'utf8');

/** The document of a text, as the app reads it. */
const read = (text: string) => parseEpisode(text, 'episode.md');

/** The indexes of the timed turns of a document. */
function turnIndexes(doc: EpisodeDocument): number[] {
  return doc.items.flatMap((item, i) => (item.kind === 'turn' && item.sec !== undefined ? [i] : []));
}

/** The document with the item at `index` (a turn) given new words. */
function editLine(doc: EpisodeDocument, index: number, words: string): EpisodeDocument {
  const item = doc.items[index] as Turn;
  return spliceItems(doc, index, index + 1, [{ ...item, line: `${item.line} ${words}` }]);
}

/** The disk's side as another program leaves it: written, then read back (its own bytes and origins). */
const onDisk = (doc: EpisodeDocument) => read(serializeEpisode(doc));

describe('mergeEpisodes on a real episode', () => {
  const base = read(TEXT);
  const turns = turnIndexes(base);

  it('combines edits to different items: the merged file is the disk file with the user edit in it', () => {
    const mine = editLine(base, turns[2]!, '(mine)');
    const diskText = serializeEpisode(spliceItems(editLine(base, turns[40]!, '(disk)'), turns[60]!, turns[60]!, [{ kind: 'header', header: 'A new section' }]));
    const merged = mergeEpisodes(base, mine, read(diskText));
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect(merged).toMatchObject({ fromDisk: 2, fromMine: 1 });
    // What a save of the merge writes: the disk's bytes, and only the user's item re-emitted.
    expect(serializeEpisode(merged.doc)).toBe(serializeEpisode(editLine(read(diskText), turns[2]!, '(mine)')));
    expect(serializeEpisode(merged.doc)).toContain('(mine)');
    expect(serializeEpisode(merged.doc)).toContain('(disk)');
    expect(serializeEpisode(merged.doc)).toContain('- header: A new section');
  });

  it('takes the disk file byte for byte when the user changed nothing, and the user document when the disk did not change', () => {
    const disk = onDisk(editLine(base, turns[5]!, '(disk)'));
    const fromDisk = mergeEpisodes(base, base, disk);
    expect(fromDisk.ok && serializeEpisode(fromDisk.doc)).toBe(serializeEpisode(disk));
    const mine = editLine(base, turns[5]!, '(mine)');
    const fromMine = mergeEpisodes(base, mine, read(TEXT));
    expect(fromMine.ok && serializeEpisode(fromMine.doc)).toBe(serializeEpisode(mine));
  });

  it('merges edits to neighbouring items', () => {
    const mine = editLine(base, turns[10]!, '(mine)');
    const disk = onDisk(editLine(base, turns[10]! + 1, '(disk)'));
    expect(mergeEpisodes(base, mine, disk).ok).toBe(true);
  });

  it('refuses when both changed the same item, naming it', () => {
    const mine = editLine(base, turns[7]!, '(mine)');
    const disk = onDisk(editLine(base, turns[7]!, '(disk)'));
    expect(mergeEpisodes(base, mine, disk)).toEqual({ ok: false, conflicts: [{ kind: 'items', from: turns[7]!, to: turns[7]! + 1 }] });
  });

  it('takes a change made on both sides alike once', () => {
    const mine = editLine(base, turns[7]!, '(both)');
    const disk = onDisk(editLine(base, turns[7]!, '(both)'));
    const merged = mergeEpisodes(base, mine, disk);
    expect(merged.ok && serializeEpisode(merged.doc)).toBe(serializeEpisode(disk));
  });

  it('refuses two insertions at one place, and an insertion at the edge of an item the other side changed', () => {
    const at = turns[20]!;
    const header = (h: string): TranscriptItem[] => [{ kind: 'header', header: h }];
    const twice = mergeEpisodes(base, spliceItems(base, at, at, header('Mine')), onDisk(spliceItems(base, at, at, header('Disk'))));
    expect(twice).toEqual({ ok: false, conflicts: [{ kind: 'items', from: at, to: at }] });
    const edge = mergeEpisodes(base, spliceItems(base, at, at, header('Mine')), onDisk(editLine(base, at, '(disk)')));
    expect(edge.ok).toBe(false);
  });

  it('merges a deletion on disk with an edit elsewhere', () => {
    const mine = editLine(base, turns[3]!, '(mine)');
    const disk = onDisk(spliceItems(base, turns[50]!, turns[50]! + 2, []));
    const merged = mergeEpisodes(base, mine, disk);
    expect(merged.ok && merged.doc.items.length).toBe(base.items.length - 2);
  });

  it('keeps a frontmatter value the user changed when the disk changed only items; refuses when both changed it', () => {
    const withDuration = (doc: EpisodeDocument, value: number) => ({ ...doc, entries: doc.entries.map((e) => (e.key === 'season' ? { ...e, value } : e)) });
    const disk = onDisk(editLine(base, turns[30]!, '(disk)'));
    const merged = mergeEpisodes(base, withDuration(base, 9), disk);
    expect(merged.ok && serializeEpisode(merged.doc)).toBe(serializeEpisode(withDuration(disk, 9)));
    const both = mergeEpisodes(base, withDuration(base, 9), onDisk(withDuration(base, 8)));
    expect(both).toEqual({ ok: false, conflicts: [{ kind: 'key', key: 'season' }] });
  });

  it('counts a time the user confirmed (no longer estimated) as the user change', () => {
    const at = turns[4]!;
    const flagged = spliceItems(base, at, at + 1, [{ ...(base.items[at] as Turn), estimated: true }]);
    const confirmed = withItems(flagged, flagged.items.map((item, i) => (i === at ? { ...(item as Turn), estimated: false } : item)));
    const disk = onDisk(editLine(base, turns[9]!, '(disk)'));
    // The disk's items carry the marks main remembers for the file (here: the flag the user had).
    const diskItems = disk.items.map((item, i) => (i === at ? { ...(item as Turn), estimated: true } : item));
    const merged = mergeItems(flagged.items, confirmed.items, diskItems);
    expect(merged.ok && merged.items[at]).toMatchObject({ estimated: false });
    expect(merged.ok && merged.fromMine).toBe(1);
  });
});

describe('mergeEpisodes over the sample corpus', () => {
  // Every real file: the user edits an early turn, another program a late one and drops one; the merge has both.
  for (const file of filesOf('episodes', FIXTURE_CORPUS).filter((f) => !f.endsWith('_template.md'))) {
    it(file.split('/').pop()!, () => {
      const base = parseEpisode(readFileSync(file, 'utf8'), file);
      const turns = turnIndexes(base);
      if (turns.length < 6) return;
      const early = turns[1]!;
      const late = turns[turns.length - 2]!;
      const mine = editLine(base, early, 'said I');
      const disk = onDisk(spliceItems(editLine(base, late, 'said they'), late + 1, late + 2, []));
      const merged = mergeEpisodes(base, mine, disk);
      expect(merged.ok).toBe(true);
      if (!merged.ok) return;
      expect(serializeEpisode(merged.doc)).toBe(serializeEpisode(editLine(disk, early, 'said I')));
    });
  }
});
