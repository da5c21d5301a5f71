import type { ChangeSpec, StateCommand } from '@codemirror/state';
import type { Fix, TranscriptItem } from '../../../shared/episode/index.js';
import { lineTextOf } from './line-text.js';
import { setLineItems } from './transcript-field.js';

/**
 * Applies quick fixes (shared/episode/fixes.ts) as one undo step: each fix's items replace its
 * lines, and every other line keeps its text and its data (so its bytes on Save).
 */
export function applyFixes(fixes: readonly Fix[]): StateCommand {
  return ({ state, dispatch }) => {
    if (fixes.length === 0) return false;
    const { doc } = state;
    const changes: ChangeSpec[] = [];
    const placed: { start: number; texts: string[]; items: readonly TranscriptItem[] }[] = [];
    for (const fix of fixes) {
      const first = doc.line(fix.from + 1);
      const last = doc.line(fix.to);
      if (fix.items.length === 0) {
        // A removed item takes its line break with it: the one before it, or after the first line.
        changes.push(fix.from > 0 ? { from: doc.line(fix.from).to, to: last.to } : { from: first.from, to: Math.min(last.to + 1, doc.length) });
        continue;
      }
      const texts = fix.items.map(lineTextOf);
      const insert = texts.join('\n');
      if (insert !== doc.sliceString(first.from, last.to)) changes.push({ from: first.from, to: last.to, insert });
      placed.push({ start: first.from, texts, items: fix.items });
    }
    const changeSet = state.changes(changes);
    const entries = placed.flatMap(({ start, texts, items }) => {
      let pos = changeSet.mapPos(start, -1);
      return items.map((item, i) => {
        const entry = { pos, item };
        pos += texts[i]!.length + 1;
        return entry;
      });
    });
    dispatch(state.update({ changes: changeSet, effects: setLineItems.of(entries), userEvent: 'edit.fix' }));
    return true;
  };
}
