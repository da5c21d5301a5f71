import { readFileSync } from 'node:fs';
import { undo } from '@codemirror/commands';
import { transcriptHistory } from '../../../renderer/src/editor/transcript-history.js';
import { EditorSelection, EditorState, type StateCommand, type Transaction } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { parseEpisode, serializeEpisode, type Turn } from '../../../shared/episode/index.js';
import {
  alternateSpeaker,
  assignSpeaker,
  confirmTime,
  fixSpeakerNames,
  mergeWithPrevious,
  renameSpeaker,
  splitTurn,
} from '../../../renderer/src/editor/speaker-commands.js';
import { roster } from '../../../renderer/src/editor/speaker-roster.js';
import { setTurnTime } from '../../../renderer/src/editor/transcript-commands.js';
import { documentFromState } from '../../../renderer/src/editor/transcript-field.js';
import { createTranscriptState } from '../../../renderer/src/editor/transcript-state.js';
import { fixture, seed } from '../../support/paths.js';

function stateOf(path: string, cursorLine = 1): EditorState {
  const state = createTranscriptState(parseEpisode(readFileSync(path, 'utf8'), path), transcriptHistory);
  return state.update({ selection: { anchor: state.doc.line(cursorLine).from } }).state;
}

function run(state: EditorState, command: StateCommand): EditorState {
  let next = state;
  expect(command({ state, dispatch: (tr: Transaction) => (next = tr.state) })).toBe(true);
  return next;
}

const turn = (state: EditorState, index: number) => documentFromState(state).items[index] as Turn;

describe('speaker assignment commands', () => {
  it('offers this episode’s speakers in order of first appearance, then extra names', () => {
    expect(roster(stateOf(seed('000')), ['Katie', 'Guest'])).toEqual(['Alexey', 'Katie', 'Guest']);
  });

  it('assigns a speaker to every turn the selection touches, in one undo step', () => {
    let state = stateOf(seed('000'));
    state = state.update({ selection: EditorSelection.range(state.doc.line(1).from, state.doc.line(3).from + 2) }).state;
    state = run(state, assignSpeaker('Host'));
    expect([0, 1, 2].map((i) => turn(state, i).who)).toEqual(['Host', 'Host', 'Host']);
    state = run(state, undo);
    expect([0, 1, 2].map((i) => turn(state, i).who)).toEqual(['Alexey', 'Katie', 'Alexey']);
  });

  it('alternates between the last two speakers', () => {
    const state = run(stateOf(seed('000'), 3), alternateSpeaker);
    expect(turn(state, 2).who).toBe('Katie');
    expect(turn(run(state, alternateSpeaker), 2).who).toBe('Alexey');
  });

  it('splits a turn at the cursor with an interpolated, flagged time, or the playhead', () => {
    const start = stateOf(seed('000'), 1);
    const line = start.doc.line(1);
    const at = line.from + line.text.indexOf('We have');
    const cursor = start.update({ selection: { anchor: at } }).state;
    const split = run(cursor, splitTurn(undefined));
    expect(turn(split, 0).line).toBe('This week we\'ll talk about data science career development.');
    const second = turn(split, 1);
    expect(second.line.startsWith('We have a special guest today')).toBe(true);
    expect(second).toMatchObject({ who: 'Alexey', estimated: true });
    expect(second.sec).toBeGreaterThan(93);
    expect(second.sec).toBeLessThan(103);
    expect(turn(run(cursor, splitTurn(97.6)), 1)).toMatchObject({ sec: 98, time: '1:38' });
    expect(turn(run(cursor, splitTurn(97.6)), 1).estimated).toBeUndefined();
    const confirmed = run(split.update({ selection: { anchor: split.doc.line(2).from } }).state, confirmTime);
    expect(turn(confirmed, 1).estimated).toBeUndefined();
    expect(turn(run(split, setTurnTime(1, '1:40')), 1)).toMatchObject({ sec: 100 });
    expect(turn(run(split, setTurnTime(1, '1:40')), 1).estimated).toBeUndefined();
  });

  it('merges a turn into the previous one and undo restores both', () => {
    const text = readFileSync(seed('000'), 'utf8');
    const merged = run(stateOf(seed('000'), 2), mergeWithPrevious);
    expect(turn(merged, 0).line).toMatch(/Katie\? Yeah, Katie\. Katie Bauer\.$/);
    expect(turn(merged, 0)).toMatchObject({ sec: 93, who: 'Alexey' });
    expect(serializeEpisode(documentFromState(run(merged, undo)))).toBe(text);
  });

  it('renames a speaker everywhere in one undo step', () => {
    const state = run(stateOf(seed('000')), renameSpeaker('Katie', 'Katie Bauer'));
    const items = documentFromState(state).items;
    expect(items.some((i) => i.kind === 'turn' && i.who === 'Katie')).toBe(false);
    expect(items.filter((i) => i.kind === 'turn' && i.who === 'Katie Bauer').length).toBeGreaterThan(50);
    expect(serializeEpisode(documentFromState(run(state, undo)))).toBe(readFileSync(seed('000'), 'utf8'));
  });

  it('fixes the speaker names validation finds suspicious', () => {
    const state = run(stateOf(fixture('episodes/defects.md')), fixSpeakerNames);
    const items = documentFromState(state).items;
    expect((items[4] as Turn).who).toBe('Alexey');
    expect((items[7] as Turn).who).toBe('Alexey');
  });
});
