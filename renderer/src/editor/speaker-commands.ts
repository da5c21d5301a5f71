import { Facet, type EditorState, type StateCommand } from '@codemirror/state';
import { speakerSuspicion, withSec, type TranscriptItem, type Turn } from '../../../shared/episode/index.js';
import { renameInRoster, roster } from './speaker-roster.js';
import { speakerStatsField } from './speaker-stats.js';
import { setLineItems, transcriptField } from './transcript-field.js';
import { selectedLines, updateTurns } from './turn-updates.js';

/** Whether giving a turn without a speaker its speaker by key then moves the cursor to the next turn (the setting; on unless turned off). */
export const advanceOnAssign = Facet.define<boolean, boolean>({ combine: (values) => values[0] ?? true });

/** The start of the next turn after line `index`, if any. */
function nextTurnFrom(state: EditorState, index: number): number | undefined {
  const { items } = state.field(transcriptField);
  for (let i = index + 1; i < items.length; i++) if (items[i]!.kind === 'turn') return state.doc.line(i + 1).from;
  return undefined;
}

/**
 * Sets the speaker of the turn at the cursor, or of every turn the selection touches. A cursor on a
 * turn without a speaker then moves to the next turn, unless `advanceOnAssign` is off (assign and advance).
 */
export function assignSpeaker(who: string): StateCommand {
  return ({ state, dispatch }) => {
    const effect = updateTurns(state, selectedLines(state), (turn) => (turn.who === who ? undefined : { ...turn, who }));
    if (!effect) return false;
    const { main } = state.selection;
    const index = state.doc.lineAt(main.head).number - 1;
    const current = state.field(transcriptField).items[index];
    const next = state.facet(advanceOnAssign) && main.empty && current?.kind === 'turn' && current.who === undefined ? nextTurnFrom(state, index) : undefined;
    dispatch(state.update({ effects: effect, userEvent: 'edit.speaker', ...(next !== undefined && { selection: { anchor: next }, scrollIntoView: true }) }));
    return true;
  };
}

/**
 * Gives the turn at the cursor the other of the last two speakers before it (host, guest, host…): on
 * a turn without a speaker, the one before the previous turn's (or the roster's other speaker); on one
 * with a speaker, each press switches between the two. It moves on as `assignSpeaker` does.
 */
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
  const other = recent[1] ?? roster(state).find((name) => name !== recent[0]);
  const who = current.who === undefined || current.who === recent[0] ? (other ?? recent[0]!) : recent[0]!;
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
    dispatch(state.update({ effects: [effect, renameInRoster.of({ from, to: name })], userEvent: 'edit.rename' }));
    return true;
  };
}

/** Applies validation's suggestion to every suspicious speaker (`Alexey:` → `Alexey`, `Alexeylexey` → `Alexey`), in one undo step. */
export const fixSpeakerNames: StateCommand = ({ state, dispatch }) => {
  const { items } = state.field(transcriptField);
  const { counts } = state.field(speakerStatsField);
  const indexes = items.map((_, i) => i);
  const fixed = new Map<string, string>();
  const effect = updateTurns(state, indexes, (turn) => {
    const from = turn.who;
    const suggestion = from === undefined ? undefined : speakerSuspicion(from, counts)?.suggestion;
    if (from === undefined || !suggestion) return undefined;
    fixed.set(from, suggestion);
    return { ...turn, who: suggestion };
  });
  if (!effect) return false;
  const renames = [...fixed].map(([from, to]) => renameInRoster.of({ from, to }));
  dispatch(state.update({ effects: [effect, ...renames], userEvent: 'edit.fixSpeakers' }));
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
