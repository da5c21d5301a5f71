import { readFileSync } from 'node:fs';
import { undo } from '@codemirror/commands';
import type { EditorState, StateCommand, Transaction } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { parseEpisode, type Turn } from '../../../shared/episode/index.js';
import { otherSpeaker, splitAtPlayhead, timeAtPosition } from '../../../renderer/src/editor/word-commands.js';
import { documentFromState, transcriptField } from '../../../renderer/src/editor/transcript-field.js';
import { transcriptHistory } from '../../../renderer/src/editor/transcript-history.js';
import { createTranscriptState } from '../../../renderer/src/editor/transcript-state.js';
import { seed } from '../../support/paths.js';

const stateOf = (): EditorState => createTranscriptState(parseEpisode(readFileSync(seed('000'), 'utf8'), seed('000')), transcriptHistory);

function run(state: EditorState, command: StateCommand): EditorState {
  let next = state;
  expect(command({ state, dispatch: (tr: Transaction) => (next = tr.state) })).toBe(true);
  return next;
}

const turn = (state: EditorState, index: number) => documentFromState(state).items[index] as Turn;

describe('word-position commands', () => {
  it('times a word by its place among the turn’s words, from its time (1:45) to the next turn’s (1:59)', () => {
    const state = stateOf();
    const line = state.doc.line(3);
    const words = [...line.text.matchAll(/\S+/g)];
    expect(timeAtPosition(state, line.from)).toBe(105);
    const middle = words[Math.floor(words.length / 2)]!.index;
    expect(timeAtPosition(state, line.from + middle + 1)).toBeCloseTo(105 + (14 * Math.floor(words.length / 2)) / words.length);
    expect(timeAtPosition(state, line.to)).toBeLessThan(119);
  });

  it('hands a turn to the nearest different speaker before it, else after it', () => {
    const { items } = stateOf().field(transcriptField);
    expect(otherSpeaker(items, 2)).toBe('Katie');
    expect(otherSpeaker(items, 0)).toBe('Katie');
  });

  it('splits the turn playing at the playhead before the word there, the new part the other speaker’s, in one undo step', () => {
    const before = stateOf();
    const text = before.doc.line(3).text;
    const words = [...text.matchAll(/\S+/g)];
    // 7.4 of the turn's 14 seconds in: the word that far through the turn's words.
    const k = Math.floor((words.length * 7.4) / 14);
    const state = run(before, splitAtPlayhead(112.4));
    expect(turn(state, 2)).toMatchObject({ line: text.slice(0, words[k]!.index).trimEnd(), sec: 105, who: 'Alexey' });
    expect(turn(state, 3)).toMatchObject({ line: text.slice(words[k]!.index), sec: 112, time: '1:52', who: 'Katie' });
    expect(turn(state, 4)).toMatchObject({ sec: 119, who: 'Katie' });
    expect(run(state, undo).doc.toString()).toBe(before.doc.toString());
    expect(documentFromState(run(state, undo)).items).toEqual(documentFromState(before).items);
  });

  it('does not split in a turn’s first word, nor before the first timed turn', () => {
    const state = stateOf();
    expect(splitAtPlayhead(105.1)({ state, dispatch: () => undefined })).toBe(false);
    expect(splitAtPlayhead(10)({ state, dispatch: () => undefined })).toBe(false);
  });
});
