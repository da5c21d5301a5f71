import { describe, expect, it } from 'vitest';
import { contextEntries } from '../../../renderer/src/app/context-menu.js';

describe('a turn’s context menu', () => {
  it('offers the roster’s speakers by name with their keys, then the list’s turn commands with theirs', () => {
    const groups = contextEntries(['Alexey', 'Katie'], true, false);
    expect(groups.map((g) => g.map((e) => [e.label, e.key ?? '']))).toEqual([
      [['Assign Alexey', 'Alt+1'], ['Assign Katie', 'Alt+2']],
      [['Split Turn at Cursor', 'Alt+Enter'], ['Merge with Previous Turn', 'Alt+M']],
      [['Set Time from Playhead', 'Alt+T'], ['Play From Here', 'Ctrl+Click']],
      [['Insert Section Header Above', 'Ctrl+Shift+H']],
    ]);
    expect(groups.flat().some((e) => e.disabled)).toBe(false);
    expect(contextEntries(['Alexey', 'Katie'], true, false, 'Katie')[0]!.map((e) => e.current)).toEqual([false, true]);
  });

  it('shows each platform its own keys, greys out the playhead’s commands without audio, and leaves out an empty speaker group', () => {
    const groups = contextEntries([], false, true);
    expect(groups[0]!.map((e) => e.id)).toEqual(['speaker.split', 'speaker.merge']);
    expect(groups[1]!.map((e) => [e.key, e.disabled])).toEqual([['⌃T', true], ['⌘Click', true]]);
  });
});
