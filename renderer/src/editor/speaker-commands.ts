import type { EditorState, StateCommand } from '@codemirror/state';
import { speakerSuspicion, withSec, type TranscriptItem, type Turn } from '../../../shared/episode/index.js';
import { speakerStatsField } from './speaker-stats.js';
import { setLineItems, transcriptField } from './transcript-field.js';
import { selectedLines, updateTurns } from './turn-updates.js';

/** The speakers offered for quick assignment: this episode's by how much they speak, then `extra` names (host, guests). */
export function roster(state: EditorState, extra: readonly string[] = []): string[] {
  const names = [...state.field(speakerStatsField).speakers];
  for (const name of extra) if (name && !names.includes(name)) names.push(name);
  return names;
}

/** Sets the speaker of the turn at the cursor, or of every turn the selection touches. */
export function assignSpeaker(who: string): StateCommand {
  return ({ state, dispatch }) => {
    const effect = updateTurns(state, selectedLines(state), (turn) => (turn.who === who ? undefined : { ...turn, who }));
    if (!effect) return false;
    dispatch(state.update({ effects: effect, userEvent: 'edit.speaker' }));
    return true;
  };
}

/** Gives the turn at the cursor the other of the last two speakers before it (host, guest, host…). */
export const alternateSpeaker: StateCommand = ({ state, dispatch }) => {
  const { items } = state.field(transcriptField);
  const index = state.doc.lineAt(state.selection.main.head).number - 1;
  const recent: string[] = [];
  for (let i = index - 1; i >= 0 && recent.length < 2; i--) {
    const item = items[i];
    if (item?.kind === 'turn' && item.who !== undefined && !recent.includes(item.who)) recent.push(item.who);
  }
  const current = items[index];
  if (current?.kind !== 'turn' || recent.length === 0) return false;
  const who = current.who === recent[0] && recent[1] !== undefined ? recent[1] : recent[0]!;
  return assignSpeaker(who)({ state, dispatch });
};

/** The `sec` of the next timed turn after `index`, if any. */
function nextSec(items: readonly TranscriptItem[], index: number): number | undefined {
  for (let i = index + 1; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === 'turn' && item.sec !== undefined) return item.sec;
  }
  return undefined;
}

/**
 * Splits the turn at the cursor into two turns. The new turn starts at `playheadSec` when the audio
 * is playing; otherwise its time is interpolated by the share of text before the cursor and flagged as estimated.
 */
export function splitTurn(playheadSec: number | undefined): StateCommand {
  return ({ state, dispatch }) => {
    const head = state.selection.main.head;
    const line = state.doc.lineAt(head);
    const index = line.number - 1;
    const { items } = state.field(transcriptField);
    const turn = items[index];
    if (turn?.kind !== 'turn') return false;
    const before = line.text.slice(0, head - line.from).replace(/\s+$/, '');
    const after = line.text.slice(head - line.from).replace(/^\s+/, '');
    if (!before || !after) return false;
    let sec = playheadSec;
    let estimated = false;
    if (sec === undefined && turn.sec !== undefined) {
      const end = nextSec(items, index);
      if (end !== undefined && end > turn.sec) {
        sec = Math.round(turn.sec + ((end - turn.sec) * before.length) / (before.length + after.length));
        estimated = true;
      }
    }
    const base: Turn = { kind: 'turn', line: '', ...(turn.who !== undefined && { who: turn.who }), ...(estimated && { estimated: true }) };
    const newTurn = sec === undefined ? base : withSec(base, sec);
    const newLineFrom = line.from + before.length + 1;
    dispatch(
      state.update({
        changes: { from: line.from + before.length, to: line.to - after.length, insert: '\n' },
        effects: setLineItems.of([{ pos: newLineFrom, item: newTurn }]),
        selection: { anchor: newLineFrom },
        scrollIntoView: true,
        userEvent: 'edit.split',
      }),
    );
    return true;
  };
}

/** Joins the line at the cursor to the one above; the upper item's speaker and time stay. */
export const mergeWithPrevious: StateCommand = ({ state, dispatch }) => {
  const line = state.doc.lineAt(state.selection.main.head);
  if (line.number === 1) return false;
  const { items } = state.field(transcriptField);
  if (items[line.number - 1]?.kind !== 'turn' || items[line.number - 2]?.kind !== 'turn') return false;
  const previous = state.doc.line(line.number - 1);
  const joint = previous.text && line.text ? ' ' : '';
  dispatch(
    state.update({
      changes: { from: previous.to, to: line.from, insert: joint },
      selection: { anchor: previous.to + joint.length },
      userEvent: 'edit.merge',
    }),
  );
  return true;
};

/** Renames a speaker on every turn, in one undo step. */
export function renameSpeaker(from: string, to: string): StateCommand {
  return ({ state, dispatch }) => {
    const name = to.trim();
    if (!name || name === from) return false;
    const { items } = state.field(transcriptField);
    const indexes = items.flatMap((item, i) => (item.kind === 'turn' && item.who === from ? [i] : []));
    const effect = updateTurns(state, indexes, (turn) => ({ ...turn, who: name }));
    if (!effect) return false;
    dispatch(state.update({ effects: effect, userEvent: 'edit.rename' }));
    return true;
  };
}

/** Applies validation's suggestion to every suspicious speaker (`Alexey:` → `Alexey`, `Alexeylexey` → `Alexey`), in one undo step. */
export const fixSpeakerNames: StateCommand = ({ state, dispatch }) => {
  const { items } = state.field(transcriptField);
  const { counts } = state.field(speakerStatsField);
  const indexes = items.map((_, i) => i);
  const effect = updateTurns(state, indexes, (turn) => {
    const suggestion = turn.who === undefined ? undefined : speakerSuspicion(turn.who, counts)?.suggestion;
    return suggestion ? { ...turn, who: suggestion } : undefined;
  });
  if (!effect) return false;
  dispatch(state.update({ effects: effect, userEvent: 'edit.fixSpeakers' }));
  return true;
};

/** Confirms the estimated time of the turn at the cursor (or of every selected turn). */
export const confirmTime: StateCommand = ({ state, dispatch }) => {
  const effect = updateTurns(state, selectedLines(state), (turn) => {
    if (!turn.estimated) return undefined;
    const { estimated: _e, ...rest } = turn;
    return rest;
  });
  if (!effect) return false;
  dispatch(state.update({ effects: effect, userEvent: 'edit.confirmTime' }));
  return true;
};

/** The speaker of the turn at the cursor, if it is a turn with one. */
export function currentSpeaker(state: EditorState): string | undefined {
  const item = state.field(transcriptField).items[state.doc.lineAt(state.selection.main.head).number - 1];
  return item?.kind === 'turn' ? item.who : undefined;
}

/** The guests the episode's frontmatter lists (`guests:` ids), as suggestions for speaker names. */
export function frontmatterGuests(state: EditorState): string[] {
  const guests = state.field(transcriptField).base.entries.find((e) => e.key === 'guests')?.value;
  return Array.isArray(guests) ? guests.filter((g): g is string => typeof g === 'string') : [];
}
