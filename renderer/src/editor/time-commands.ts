import type { EditorState, StateCommand } from '@codemirror/state';
import { withSec, type TranscriptItem, type Turn } from '../../../shared/episode/index.js';
import type { TimeInput } from '../../../shared/episode/time-input.js';
import { itemAt, setLineItems, transcriptField } from './transcript-field.js';
import { selectedLines, updateTurns } from './turn-updates.js';

/** A time the user set by hand: `sec` and `time` together, no longer flagged as estimated. */
function confirmedAt(turn: Turn, sec: number): Turn | undefined {
  const { estimated: _guess, ...rest } = withSec(turn, sec);
  return rest.sec === turn.sec && rest.time === turn.time && !turn.estimated ? undefined : rest;
}

/** Sets the time of the turn at the cursor to `sec` (the playhead, say: a time heard is a time confirmed). */
export function setTimeAtCursor(sec: number): StateCommand {
  return ({ state, dispatch }) => {
    const { index } = itemAt(state, state.selection.main.head);
    const effect = updateTurns(state, [index], (turn) => confirmedAt(turn, Math.floor(sec)));
    if (!effect) return false;
    dispatch(state.update({ effects: effect, userEvent: 'edit.time' }));
    return true;
  };
}

/** Sets the time of the turn at item `index` to `sec` (its region's start dragged on the waveform, say). */
export function setTurnSec(index: number, sec: number): StateCommand {
  return ({ state, dispatch }) => {
    const effect = updateTurns(state, [index], (turn) => confirmedAt(turn, Math.max(0, Math.round(sec))));
    if (!effect) return false;
    dispatch(state.update({ effects: effect, userEvent: 'edit.time' }));
    return true;
  };
}

/** Moves the time of the turn at the cursor, or of each timed turn the selection touches, by `seconds`. */
export function nudgeTime(seconds: number): StateCommand {
  return ({ state, dispatch }) => {
    const effect = updateTurns(state, selectedLines(state), (turn) => (turn.sec === undefined ? undefined : confirmedAt(turn, Math.max(0, turn.sec + seconds))));
    if (!effect) return false;
    dispatch(state.update({ effects: effect, userEvent: 'edit.time.nudge' }));
    return true;
  };
}

/** The timed turns a shift moves: those the selection touches, or with an empty selection the one at the cursor and every later one. */
export function shiftedTurns(state: EditorState): number[] {
  const { items } = state.field(transcriptField);
  const { main } = state.selection;
  const lines = main.empty && state.selection.ranges.length === 1 ? items.map((_item, i) => i).slice(state.doc.lineAt(main.head).number - 1) : selectedLines(state);
  return lines.filter((i) => {
    const item = items[i];
    return item?.kind === 'turn' && item.sec !== undefined;
  });
}

/**
 * Shifts the turns `shiftedTurns` names by an offset, or so that the first of them starts at the time
 * given, as one undo step. Estimated times stay flagged: a shift moves them, it does not check them.
 */
export function shiftTimes(input: TimeInput): StateCommand {
  return ({ state, dispatch }) => {
    const targets = shiftedTurns(state);
    const { items } = state.field(transcriptField);
    const first = items[targets[0] ?? -1];
    if (first?.kind !== 'turn' || first.sec === undefined || input.kind === 'invalid') return false;
    const offset = input.kind === 'at' ? input.sec - first.sec : input.seconds;
    if (offset === 0) return false;
    const effect = updateTurns(state, targets, (turn) => withSec(turn, Math.max(0, turn.sec! + offset)));
    if (!effect) return false;
    dispatch(state.update({ effects: effect, userEvent: 'edit.time.shift' }));
    return true;
  };
}

/** Gives the turns the items' data where it differs (times from an alignment, say), as one undo step; the text stays. */
export function retimeTurns(items: readonly TranscriptItem[]): StateCommand {
  return ({ state, dispatch }) => {
    const current = state.field(transcriptField).items;
    if (items.length !== current.length) return false;
    const entries = items.flatMap((item, i) => (item === current[i] ? [] : [{ pos: state.doc.line(i + 1).from, item }]));
    if (entries.length === 0) return false;
    dispatch(state.update({ effects: setLineItems.of(entries), userEvent: 'edit.time.align' }));
    return true;
  };
}
