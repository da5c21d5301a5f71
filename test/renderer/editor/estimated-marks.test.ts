import { describe, expect, it } from 'vitest';
import { estimatedMarks, withEstimatedMarks } from '../../../renderer/src/editor/estimated-marks.js';
import { parseEpisode, type TranscriptItem } from '../../../shared/episode/index.js';

const TEXT = `---
title: T
transcript:
- line: Hello.
  sec: 0
  time: '0:00'
  who: A
- '{Intro}'
- line: Then.
  sec: 41
  time: '0:41'
  who: B
- line: Later.
  sec: 95
  time: '1:35'
  who: A
---
`;

describe('estimatedMarks', () => {
  it('lists the timed turns flagged estimated by index and time', () => {
    const items: TranscriptItem[] = [
      { kind: 'turn', line: 'a', sec: 3, estimated: true },
      { kind: 'header', header: 'H' },
      { kind: 'turn', line: 'b', sec: 9 },
      { kind: 'turn', line: 'c', estimated: true },
      { kind: 'turn', line: 'd', sec: 12.5, estimated: true },
    ];
    expect(estimatedMarks(items)).toEqual([{ index: 0, sec: 3 }, { index: 4, sec: 12.5 }]);
    expect(estimatedMarks([])).toEqual([]);
  });
});

describe('withEstimatedMarks', () => {
  it('flags the turns whose index and time still match, and drops the marks that do not', () => {
    const doc = parseEpisode(TEXT, 't.md');
    const marked = withEstimatedMarks(doc, [{ index: 2, sec: 41 }, { index: 3, sec: 90 }, { index: 1, sec: 0 }, { index: 9, sec: 1 }]);
    expect(marked.items.map((item) => item.kind === 'turn' && item.estimated === true)).toEqual([false, false, true, false]);
    expect(estimatedMarks(marked.items)).toEqual([{ index: 2, sec: 41 }]);
    expect(doc.items.some((item) => item.kind === 'turn' && item.estimated)).toBe(false);
  });

  it('gives the same document when nothing matches or there are no marks', () => {
    const doc = parseEpisode(TEXT, 't.md');
    expect(withEstimatedMarks(doc, undefined)).toBe(doc);
    expect(withEstimatedMarks(doc, [])).toBe(doc);
    expect(withEstimatedMarks(doc, [{ index: 0, sec: 5 }])).toBe(doc);
  });
});
