import type { StateCommand } from '@codemirror/state';
import { expectedDuration, formatDuration, withSec, type TranscriptItem } from '../../../shared/episode/index.js';
import { readTimeInput, resolveTimeInput } from '../../../shared/episode/time-input.js';
import { setFrontmatterValue, setLineItems, transcriptField } from './transcript-field.js';

/** True where a new speaker turn starts: a timed turn, or a speaker change. */
function startsTurn(items: readonly TranscriptItem[], index: number): boolean {
  const item = items[index];
  if (item?.kind !== 'turn') return false;
  const before = items[index - 1];
  return item.time !== undefined || before?.kind !== 'turn' || before.who !== item.who;
}

function moveTo(predicate: (items: readonly TranscriptItem[], index: number) => boolean, direction: 1 | -1): StateCommand {
  return ({ state, dispatch }) => {
    const { items } = state.field(transcriptField);
    const current = state.doc.lineAt(state.selection.main.head).number - 1;
    for (let i = current + direction; i >= 0 && i < items.length; i += direction) {
      if (!predicate(items, i)) continue;
      const pos = state.doc.line(i + 1).from;
      dispatch(state.update({ selection: { anchor: pos }, scrollIntoView: true, userEvent: 'select' }));
      return true;
    }
    return false;
  };
}

/** Moves the cursor to the start of the next speaker turn. */
export const cursorNextTurn = moveTo(startsTurn, 1);
/** Moves the cursor to the start of the previous speaker turn. */
export const cursorPreviousTurn = moveTo(startsTurn, -1);
/** Moves the cursor to the next section header. */
export const cursorNextHeader = moveTo((items, i) => items[i]?.kind === 'header', 1);
/** Moves the cursor to the previous section header. */
export const cursorPreviousHeader = moveTo((items, i) => items[i]?.kind === 'header', -1);

function updateItem(index: number, change: (item: TranscriptItem) => TranscriptItem | undefined): StateCommand {
  return ({ state, dispatch }) => {
    const item = state.field(transcriptField).items[index];
    if (!item || index >= state.doc.lines) return false;
    const next = change(item);
    if (!next || next === item) return false;
    dispatch(state.update({ effects: setLineItems.of([{ pos: state.doc.line(index + 1).from, item: next }]), userEvent: 'edit.item' }));
    return true;
  };
}

/** Sets the speaker of the item at `index` (a turn); an empty name removes it. */
export function setSpeaker(index: number, who: string): StateCommand {
  const name = who.trim();
  return updateItem(index, (item) => {
    if (item.kind !== 'turn' || item.who === (name || undefined)) return undefined;
    const { who: _old, ...rest } = item;
    return name ? { ...rest, who: name } : rest;
  });
}

/**
 * Sets the time of the turn at `index` as typed in its time box (sec follows): a time, or an offset
 * from its time (`+2`, `-0:30`); an empty text removes both. False when the text is no time (see readTimeInput).
 */
export function setTurnTime(index: number, text: string): StateCommand {
  return updateItem(index, (item) => {
    if (item.kind !== 'turn') return undefined;
    if (text.trim() === '') {
      const { time: _t, sec: _s, ...rest } = item;
      return item.time === undefined && item.sec === undefined ? undefined : rest;
    }
    const sec = resolveTimeInput(readTimeInput(text), item.sec);
    if (sec === undefined) return undefined;
    // Setting a time confirms it: an estimated time stops being flagged.
    const { estimated: _guess, ...next } = withSec(item, sec);
    return next.sec !== item.sec || next.time !== item.time || item.estimated ? next : undefined;
  });
}

/** Sets the frontmatter's `duration` to what the turns' times say (the last sec minus the first), as upstream writes it. */
export const updateDuration: StateCommand = ({ state, dispatch }) => {
  const { base, items } = state.field(transcriptField);
  const entry = base.entries.find((e) => e.key === 'duration');
  const seconds = expectedDuration(items);
  if (!entry || seconds === undefined) return false;
  const value = formatDuration(seconds);
  if (entry.value === value) return false;
  dispatch(state.update({ effects: setFrontmatterValue.of({ key: 'duration', value }), userEvent: 'edit.duration' }));
  return true;
};

/** Inserts an empty section header above the line at the cursor and puts the cursor in it. */
export const insertHeaderAbove: StateCommand = ({ state, dispatch }) => {
  const line = state.doc.lineAt(state.selection.main.head);
  dispatch(
    state.update({
      changes: { from: line.from, insert: '\n' },
      effects: setLineItems.of([{ pos: line.from, item: { kind: 'header', header: '' } }]),
      selection: { anchor: line.from },
      scrollIntoView: true,
      userEvent: 'edit.header',
    }),
  );
  return true;
};
