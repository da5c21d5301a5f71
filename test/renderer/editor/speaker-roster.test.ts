import { readFileSync } from 'node:fs';
import { undo } from '@codemirror/commands';
import { Compartment, type EditorState, type Extension, type StateCommand, type Transaction } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { newEpisode, parseEpisode, type Turn } from '../../../shared/episode/index.js';
import { advanceOnAssign, alternateSpeaker, assignSpeaker, renameSpeaker } from '../../../renderer/src/editor/speaker-commands.js';
import { roster, rosterField, rosterHost, rosterOrder } from '../../../renderer/src/editor/speaker-roster.js';
import { speakerStatsField } from '../../../renderer/src/editor/speaker-stats.js';
import { documentFromState } from '../../../renderer/src/editor/transcript-field.js';
import { transcriptHistory } from '../../../renderer/src/editor/transcript-history.js';
import { createTranscriptState } from '../../../renderer/src/editor/transcript-state.js';
import { seed } from '../../support/paths.js';

const seed000 = (extensions: Extension = []) => createTranscriptState(parseEpisode(readFileSync(seed('000'), 'utf8'), seed('000')), [transcriptHistory, extensions]);

/** An episode of `count` turns without speakers, the cursor on the first. */
const unassigned = (count: number, extensions: Extension = []) =>
  createTranscriptState(
    newEpisode(
      'Untitled',
      Array.from({ length: count }, (_, i): Turn => ({ kind: 'turn', line: `Paragraph ${i + 1}.` })),
    ),
    [transcriptHistory, extensions],
  );

function run(state: EditorState, command: StateCommand): EditorState {
  let next = state;
  expect(command({ state, dispatch: (tr: Transaction) => (next = tr.state) })).toBe(true);
  return next;
}

const at = (state: EditorState, line: number) => state.update({ selection: { anchor: state.doc.line(line).from } }).state;
const cursorLine = (state: EditorState) => state.doc.lineAt(state.selection.main.head).number;
const speakers = (state: EditorState) => documentFromState(state).items.map((item) => (item.kind === 'turn' ? item.who : undefined));

describe('the speaker roster', () => {
  it('keeps each speaker’s number and colour while the episode is open, however often each speaks', () => {
    let state = seed000();
    expect(roster(state)).toEqual(['Alexey', 'Katie']);
    const colours = state.field(speakerStatsField).colors;
    // Katie ends up speaking most: the order (and so Alt+1, Alt+2 and the colours) stays.
    for (let line = 1; line <= 30; line++) assignSpeaker('Katie')({ state: at(state, line), dispatch: (tr) => (state = tr.state) });
    expect(state.field(speakerStatsField).counts.get('Katie')).toBeGreaterThan(state.field(speakerStatsField).counts.get('Alexey') ?? 0);
    expect(roster(state)).toEqual(['Alexey', 'Katie']);
    expect(state.field(speakerStatsField).colors).toEqual(colours);
  });

  it('puts the host first when they speak in the episode, and offers them only where a host makes sense', () => {
    expect(roster(seed000(rosterHost.of('Katie')))).toEqual(['Katie', 'Alexey']);
    // Two other people: the host is not offered as Alt+3.
    expect(roster(seed000(rosterHost.of('Johanna')))).toEqual(['Alexey', 'Katie']);
    expect(roster(unassigned(3, rosterHost.of('Johanna')))).toEqual(['Johanna']);
  });

  it('gives a new speaker the next free number, and keeps it after an undo', () => {
    let state = run(at(seed000(), 3), assignSpeaker('Guest'));
    expect(roster(state)).toEqual(['Alexey', 'Katie', 'Guest']);
    state = run(state, undo);
    expect(roster(state)).toEqual(['Alexey', 'Katie', 'Guest']);
  });

  it('keeps a renamed speaker’s number, and gives it back to the old name on undo', () => {
    let state = run(seed000(), renameSpeaker('Alexey', 'Alexey Grigorev'));
    expect(state.field(rosterField)).toEqual(['Alexey Grigorev', 'Katie']);
    state = run(state, undo);
    expect(state.field(rosterField)).toEqual(['Alexey', 'Katie']);
  });

  it('follows the order the user gave, when the episode opens and when it is changed', () => {
    expect(roster(seed000(rosterOrder.of(['Katie', 'Nobody'])))).toEqual(['Katie', 'Alexey']);
    const order = new Compartment();
    const state = seed000(order.of(rosterOrder.of([])));
    expect(state.update({ effects: order.reconfigure(rosterOrder.of(['Katie'])) }).state.field(rosterField)).toEqual(['Katie', 'Alexey']);
  });

  it('moves the host to the front when the host name arrives after the episode opened', () => {
    const host = new Compartment();
    const state = seed000(host.of(rosterHost.of('')));
    expect(state.field(rosterField)).toEqual(['Alexey', 'Katie']);
    expect(state.update({ effects: host.reconfigure(rosterHost.of('Katie')) }).state.field(rosterField)).toEqual(['Katie', 'Alexey']);
  });
});

describe('assign and advance', () => {
  it('moves on to the next turn after giving a turn without a speaker its speaker, so one key a turn', () => {
    let state = unassigned(4, rosterHost.of('Johanna'));
    state = run(state, assignSpeaker('Johanna'));
    expect(cursorLine(state)).toBe(2);
    state = run(state, assignSpeaker('Alexey'));
    state = run(state, alternateSpeaker);
    state = run(state, alternateSpeaker);
    expect(speakers(state)).toEqual(['Johanna', 'Alexey', 'Johanna', 'Alexey']);
    expect(cursorLine(state)).toBe(4);
    // One undo takes back the last speaker and puts the cursor back on its turn.
    state = run(state, undo);
    expect(speakers(state)[2]).toBe('Johanna');
    expect(speakers(state)[3]).toBeUndefined();
  });

  it('stays on a turn that already had a speaker, and everywhere with the setting off', () => {
    const changed = run(at(seed000(), 3), assignSpeaker('Katie'));
    expect(cursorLine(changed)).toBe(3);
    const off = run(unassigned(3, advanceOnAssign.of(false)), assignSpeaker('Johanna'));
    expect(cursorLine(off)).toBe(1);
  });

  it('gives a turn without a speaker the other of the last two, not the previous turn’s again', () => {
    let state = unassigned(4, advanceOnAssign.of(false));
    state = run(state, assignSpeaker('Johanna'));
    state = run(at(state, 2), assignSpeaker('Alexey'));
    state = run(at(state, 3), assignSpeaker('Alexey'));
    state = run(at(state, 4), alternateSpeaker);
    expect(speakers(state)[3]).toBe('Johanna');
    // With one speaker so far, the roster’s other: here the host it offers.
    const first = run(unassigned(2, rosterHost.of('Alexey')), assignSpeaker('Johanna'));
    expect(speakers(run(first, alternateSpeaker))[1]).toBe('Alexey');
  });
});
