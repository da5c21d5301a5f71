import { describe, expect, it } from 'vitest';
import { lineDiff } from '../../shared/line-diff.js';

describe('lineDiff', () => {
  it('gives nothing for equal texts', () => {
    expect(lineDiff('a\nb\n', 'a\nb\n')).toEqual([]);
  });

  it('gives each change with its context and where it starts in both texts', () => {
    const old = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].join('\n') + '\n';
    const now = ['1', '2', '3', 'four', '5', '6', '7', '8', '9', '10'].join('\n') + '\n';
    expect(lineDiff(old, now, 1)).toEqual([
      { oldStart: 3, newStart: 3, lines: [{ kind: 'same', text: '3' }, { kind: 'old', text: '4' }, { kind: 'new', text: 'four' }, { kind: 'same', text: '5' }] },
      { oldStart: 9, newStart: 9, lines: [{ kind: 'same', text: '9' }, { kind: 'new', text: '10' }] },
    ]);
  });

  it('leaves out the no-newline-at-end marker', () => {
    expect(lineDiff('a\nb', 'a\nc').flatMap((h) => h.lines)).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'old', text: 'b' },
      { kind: 'new', text: 'c' },
    ]);
  });
});
