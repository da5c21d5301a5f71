import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseEpisode,
  rewriteEpisode,
  serializeEpisode,
  spliceItems,
  withItems,
  withSec,
  withTime,
  type Turn,
  type TranscriptItem,
} from '../../../shared/episode/index.js';
import { changedLines } from '../../support/diff.js';
import { corpusFile, fixture, seed } from '../../support/paths.js';

const seedText = readFileSync(seed('000'), 'utf8');

function turnAt(items: readonly TranscriptItem[], index: number): Turn {
  const item = items[index];
  if (item?.kind !== 'turn') throw new Error(`item ${index} is not a turn`);
  return item;
}

describe('serializeEpisode after edits', () => {
  const doc = parseEpisode(seedText, 'seed.md');

  it('writes an unedited file back byte for byte', () => {
    expect(serializeEpisode(doc)).toBe(seedText);
  });

  it('changes only the lines of an edited item, in PyYAML style', () => {
    const turn = turnAt(doc.items, 1);
    const edited = withItems(doc, doc.items.map((it, i) => (i === 1 ? { ...turn, line: 'Yeah, Katie. Katie Bauer, head of data.' } : it)));
    const diff = changedLines(seedText, serializeEpisode(edited));
    expect(diff.removed).toEqual(['- line: Yeah, Katie. Katie Bauer.']);
    expect(diff.added).toEqual(['- line: Yeah, Katie. Katie Bauer, head of data.']);
  });

  it('folds a long edited line after column 80 and quotes what needs quoting', () => {
    const turn = turnAt(doc.items, 1);
    const long = `${'word '.repeat(30)}end: with a colon`;
    const edited = withItems(doc, doc.items.map((it, i) => (i === 1 ? { ...turn, line: long } : it)));
    const diff = changedLines(seedText, serializeEpisode(edited));
    expect(diff.added[0]).toBe(`- line: '${'word '.repeat(14)}word`);
    expect(diff.added.slice(1).every((l) => l.startsWith('    '))).toBe(true);
    expect(parseEpisode(serializeEpisode(edited)).items[1]).toMatchObject({ line: long });
  });

  it('keeps time and sec together and quotes every time for YAML 1.1 readers', () => {
    const turn = turnAt(doc.items, 1);
    expect(withTime(turn, '0:41')).toMatchObject({ sec: 41, time: '0:41' });
    expect(withSec(turn, 3723)).toMatchObject({ sec: 3723, time: '1:02:03' });
    expect(withTime(turn, 'later')).toBeUndefined();
    const edited = withItems(doc, doc.items.map((it, i) => (i === 1 ? withSec(turn, 41) : it)));
    const diff = changedLines(seedText, serializeEpisode(edited));
    expect(diff.removed).toEqual(['  sec: 103', "  time: '1:43'"]);
    expect(diff.added).toEqual(['  sec: 41', "  time: '0:41'"]);
  });

  it('inserts and removes items touching nothing else', () => {
    const inserted: Turn = { kind: 'turn', line: 'A new turn.', sec: 104, time: '1:44', who: 'Katie' };
    const added = serializeEpisode(spliceItems(doc, 2, 2, [inserted]));
    expect(changedLines(seedText, added).added).toEqual(['- line: A new turn.', '  sec: 104', "  time: '1:44'", '  who: Katie']);
    const removed = serializeEpisode(spliceItems(doc, 1, 2, []));
    expect(changedLines(seedText, removed).removed).toEqual(['- line: Yeah, Katie. Katie Bauer.', '  sec: 103', "  time: '1:43'", '  who: Katie']);
  });

  it('writes the original bytes again once an edit is undone', () => {
    const turn = turnAt(doc.items, 1);
    const undone = withItems(doc, doc.items.map((it, i) => (i === 1 ? { ...turn, line: turn.line } : it)));
    expect(serializeEpisode(undone)).toBe(seedText);
  });

  it('keeps the escaped style of an older file', () => {
    const legacy = readFileSync(corpusFile('legacy', 's01e04-standing-out-as-a-data-scientist.md'), 'utf8');
    const old = parseEpisode(legacy);
    expect(old.style.allowUnicode).toBe(false);
    const turn = turnAt(old.items, 1);
    const edited = withItems(old, old.items.map((it, i) => (i === 1 ? { ...turn, line: 'It’s a “test”.' } : it)));
    const diff = changedLines(legacy, serializeEpisode(edited));
    expect(diff.added[0]).toBe('- line: "It\\u2019s a \\u201Ctest\\u201D."');
  });

  it('keeps indented items indented and the trivia around an edited item', () => {
    const text = readFileSync(fixture('episodes/stray-and-blank.md'), 'utf8');
    const stray = parseEpisode(text);
    const turn = turnAt(stray.items, 0);
    const edited = serializeEpisode(withItems(stray, [withSec(turn, 6), ...stray.items.slice(1)]));
    const diff = changedLines(text, edited);
    expect(diff.removed).toEqual(['    sec: 5', "    time: '0:05'"]);
    expect(diff.added).toEqual(['    sec: 6', "    time: '0:06'"]);
  });

  it('keeps the CRLF line breaks of a file saved on Windows in edited items', () => {
    const crlf = readFileSync(fixture('episodes/seed-000-crlf.md'), 'utf8');
    expect(crlf).toBe(seedText.replace(/\n/g, '\r\n'));
    const windows = parseEpisode(crlf);
    expect(serializeEpisode(windows)).toBe(crlf);
    const turn = turnAt(windows.items, 1);
    const edited = serializeEpisode(withItems(windows, windows.items.map((it, i) => (i === 1 ? { ...turn, line: `${turn.line} Hi.` } : it))));
    expect(edited).toBe(crlf.replace('- line: Yeah, Katie. Katie Bauer.\r\n', '- line: Yeah, Katie. Katie Bauer. Hi.\r\n'));
    expect(edited.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('rewrites a new episode with its items, and a file without a transcript gets one', () => {
    const bare = parseEpisode('---\ntitle: New\n---\n', 'new.md');
    const turn: Turn = { kind: 'turn', line: 'Hello there.', sec: 5, time: '0:05', who: 'Alexey' };
    const added = withItems(bare, [turn]);
    const expected = "---\ntitle: New\ntranscript:\n- line: Hello there.\n  sec: 5\n  time: '0:05'\n  who: Alexey\n---\n";
    expect(serializeEpisode(added)).toBe(expected);
    expect(rewriteEpisode(added)).toBe(expected.replace("'0:05'", '0:05'));
  });
});
