import type { EditorState, StateEffect } from '@codemirror/state';
import type { TranscriptItem, Turn } from '../../../shared/episode/index.js';
import { setLineItems, transcriptField } from './transcript-field.js';

/** The 0-based indexes of the lines the selection touches. */
export function selectedLines(state: EditorState): number[] {
  const lines = new Set<number>();
  for (const range of state.selection.ranges) {
    const first = state.doc.lineAt(range.from).number;
    const last = state.doc.lineAt(range.to).number;
    for (let n = first; n <= last; n++) lines.add(n - 1);
  }
  return [...lines].sort((a, b) => a - b);
}

/** One effect changing the turns at `indexes` that `change` returns a new turn for; undefined when none changes. */
export function updateTurns(state: EditorState, indexes: readonly number[], change: (turn: Turn, index: number) => Turn | undefined): StateEffect<unknown> | undefined {
  const { items } = state.field(transcriptField);
  const entries = indexes.flatMap((index) => {
    const item = items[index];
    const next = item?.kind === 'turn' ? change(item, index) : undefined;
    return next && next !== item ? [{ pos: state.doc.line(index + 1).from, item: next as TranscriptItem }] : [];
  });
  return entries.length ? setLineItems.of(entries) : undefined;
}
