import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEpisode, serializeEpisode, validateEpisode, withItems, type TranscriptItem } from '../../../shared/episode/index.js';
import { ImportError, importChapters, insertChapters, parseChapters } from '../../../shared/import/index.js';
import { CORPUS, filesOf } from '../../support/paths.js';
import { importFixture, seedText } from './support.js';

const chapterFiles = filesOf('chapters');

/** The corpus episode a chapter list belongs to (same name, in episodes/ or legacy/), if any. */
function episodeFor(chapters: string): string | undefined {
  const name = `${basename(chapters, '.txt')}.md`;
  return ['legacy', 'episodes'].map((set) => join(CORPUS.dir, set, name)).find((p) => existsSync(p));
}

describe('parseChapters', () => {
  it('reads every real chapter list', () => {
    expect(chapterFiles.length).toBeGreaterThan(CORPUS.full ? 100 : 5);
    for (const file of chapterFiles) {
      const chapters = parseChapters(readFileSync(file, 'utf8'), file);
      expect(chapters.length).toBeGreaterThan(5);
      // Real lists never go back (one, s07e05, has two chapters at the same second).
      expect(chapters.every((c, i) => i === 0 || c.sec >= chapters[i - 1]!.sec)).toBe(true);
    }
  });

  it('reads `HH:MM:SS Title`, `M:SS Title`, `[M:SS] Title` and `M:SS - Title`', () => {
    expect(parseChapters('00:00:00 Intro\n2:05 Background\n[1:02:03] Deep dive: part 2\n1:10:00 - Wrap-up\n')).toEqual([
      { sec: 0, title: 'Intro', line: 1 },
      { sec: 125, title: 'Background', line: 2 },
      { sec: 3723, title: 'Deep dive: part 2', line: 3 },
      { sec: 4200, title: 'Wrap-up', line: 4 },
    ]);
  });

  it('ignores a line without a time, and names a time without a title', () => {
    expect(importChapters('00:00:00 Intro\nChapters below\n').notes).toEqual(['1 chapters', '1 line(s) without a time ignored']);
    expect(() => parseChapters('00:00:00 Intro\n00:05:00\n', 'c.txt')).toThrow(new ImportError('c.txt', 2, 'the chapter at 5:00 has no title'));
  });

  it('notes chapters out of order', () => {
    expect(importChapters('00:05:00 B\n00:01:00 A\n').notes).toContain('line 2: chapter “A” starts before the one above it');
  });
});

describe('insertChapters', () => {
  it('rebuilds seed 000 byte for byte from its headers given as a chapter list', () => {
    const text = seedText('000');
    const doc = parseEpisode(text, 'seed.md');
    const { items, notes } = insertChapters(doc.items, parseChapters(importFixture('chapters-000.txt')), { replaceHeaders: true });
    expect(serializeEpisode(withItems(doc, items))).toBe(text);
    expect(notes).toEqual(['15 chapter header(s) inserted, 15 existing header(s) replaced']);
  });

  it('skips a chapter equal to the header already in its place when headers are kept', () => {
    const doc = parseEpisode(seedText('000'), 'seed.md');
    const { items, notes } = insertChapters(doc.items, parseChapters(importFixture('chapters-000.txt')));
    expect(items).toEqual(doc.items);
    expect(notes).toEqual(['0 chapter header(s) inserted, 15 already present']);
  });

  const pairs = chapterFiles.flatMap((file) => {
    const episode = episodeFor(file);
    if (!episode) return [];
    const doc = parseEpisode(readFileSync(episode, 'utf8'), episode);
    return doc.items.some((i) => i.kind === 'turn' && i.sec !== undefined) ? [{ file, doc }] : [];
  });

  it('has real chapter/episode pairs to check', () => expect(pairs.length).toBeGreaterThanOrEqual(CORPUS.full ? 40 : 5));

  it.each(pairs.map((p) => [basename(p.file), p] as const))('puts each chapter of %s before the first turn at or after its time', (_name, { file, doc }) => {
    const chapters = parseChapters(readFileSync(file, 'utf8'), file);
    const { items } = insertChapters(doc.items, chapters, { replaceHeaders: true });
    // Turns are untouched, in order; headers are exactly the chapters.
    expect(items.filter((i) => i.kind !== 'header')).toEqual(doc.items.filter((i) => i.kind !== 'header'));
    expect(items.filter((i) => i.kind === 'header').map((h) => h.kind === 'header' && h.header)).toEqual(chapters.map((c) => c.title));
    items.forEach((item, i) => {
      if (item.kind !== 'header') return;
      const chapter = chapters.find((c) => c.title === item.header)!;
      const next = items.slice(i + 1).find((x): x is TranscriptItem & { kind: 'turn'; sec: number } => x.kind === 'turn' && x.sec !== undefined);
      if (next) expect(next.sec).toBeGreaterThanOrEqual(chapter.sec);
      // No earlier timed turn already reached the chapter's time.
      expect(items.slice(0, i).some((x) => x.kind === 'turn' && x.sec !== undefined && x.sec >= chapter.sec)).toBe(false);
    });
    // Writing keeps every unedited turn's bytes, and adds no error.
    const before = validateEpisode(doc).filter((p) => p.severity === 'error').length;
    const after = parseEpisode(serializeEpisode(withItems(doc, items)), doc.file);
    expect(validateEpisode(after).filter((p) => p.severity === 'error')).toHaveLength(before);
  });

  it('appends chapters after the last timed turn, and notes runs of headers', () => {
    const items: TranscriptItem[] = [
      { kind: 'turn', line: 'Hi.', sec: 0, time: '0:00', who: 'A' },
      { kind: 'turn', line: 'Hello.', sec: 30, time: '0:30', who: 'B' },
    ];
    const { items: out, notes } = insertChapters(items, parseChapters('0:00 Intro\n0:10 Early\n0:20 Later\n5:00 Outro\n'));
    expect(out.map((i) => (i.kind === 'header' ? `#${i.header}` : i.kind === 'turn' && i.line))).toEqual(['#Intro', 'Hi.', '#Early', '#Later', 'Hello.', '#Outro']);
    expect(notes).toEqual([
      '4 chapter header(s) inserted',
      'chapter “Outro” at 5:00 is after the last timed turn: added at the end',
      '1 place(s) got more than one chapter header: the site shows only the last of a run',
    ]);
  });
});
