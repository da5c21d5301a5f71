import { history, invertedEffects } from '@codemirror/commands';
import type { StateEffect } from '@codemirror/state';
import type { TranscriptItem } from '../../../shared/episode/index.js';
import { setBase, setFrontmatterValue, setLineItems, touchesLineBreaks, transcriptField } from './transcript-field.js';

/** Lets undo and redo restore line data together with text, in the editor's one history. */
const invertLineItems = invertedEffects.of((tr) => {
  const inverse: StateEffect<unknown>[] = [];
  const { items: before, base } = tr.startState.field(transcriptField);
  if (tr.effects.some((effect) => effect.is(setBase))) inverse.push(setBase.of(base));
  for (const effect of tr.effects) {
    if (!effect.is(setFrontmatterValue)) continue;
    const old = base.entries.find((e) => e.key === effect.value.key);
    if (old) inverse.push(setFrontmatterValue.of({ key: old.key, value: old.value }));
  }
  const back = tr.changes.invert(tr.startState.doc);
  for (const effect of tr.effects) {
    if (!effect.is(setLineItems)) continue;
    const entries = effect.value.flatMap(({ pos }) => {
      const oldPos = back.mapPos(pos, 1);
      const line = tr.startState.doc.lineAt(oldPos);
      const item = before[line.number - 1];
      return line.from === oldPos && item ? [{ pos: oldPos, item }] : [];
    });
    if (entries.length) inverse.push(setLineItems.of(entries));
  }
  // Text edits that join or remove lines drop their items; undo brings the lines back, and these restore their data.
  if (touchesLineBreaks(tr)) {
    const restore: { pos: number; item: TranscriptItem }[] = [];
    tr.changes.iterChangedRanges((fromA, toA) => {
      const doc = tr.startState.doc;
      for (let n = doc.lineAt(fromA).number; n <= doc.lineAt(toA).number; n++) restore.push({ pos: doc.line(n).from, item: before[n - 1]! });
    });
    inverse.push(setLineItems.of(restore));
  }
  return inverse;
});

/** The editor's one undo history, of text and item data together. */
export const transcriptHistory = [history(), invertLineItems];
