import { readFileSync } from 'node:fs';
import { isolateHistory, redo, undo } from '@codemirror/commands';
import { transcriptHistory } from '../../../renderer/src/editor/transcript-history.js';
import { EditorState, type StateCommand, type Transaction } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { parseEpisode, serializeEpisode } from '../../../shared/episode/index.js';
import { documentFromState, itemAt, transcriptData, transcriptStateConfig } from '../../../renderer/src/editor/transcript-field.js';
import { cursorNextHeader, cursorNextTurn, insertHeaderAbove, setSpeaker, setTurnTime, updateDuration } from '../../../renderer/src/editor/transcript-commands.js';
import { changedLines } from '../../support/diff.js';
import { corpusFile, seed } from '../../support/paths.js';

const seedText = readFileSync(seed('000'), 'utf8');

/** An editor state over the seed, with the app's data field and one undo history, and no DOM. */
function seedState(): EditorState {
  const { doc, field } = transcriptStateConfig(parseEpisode(seedText, 'seed.md'));
  return EditorState.create({ doc, extensions: [field, transcriptData, transcriptHistory] });
}

function run(state: EditorState, command: StateCommand): EditorState {
  let next = state;
  const ok = command({ state, dispatch: (tr: Transaction) => (next = tr.state) });
  expect(ok).toBe(true);
  return next;
}

const written = (state: EditorState) => serializeEpisode(documentFromState(state));
const lineFrom = (state: EditorState, index: number) => state.doc.line(index + 1).from;

describe('transcript data in the editor state', () => {
  it('shows one item per line and writes the file back unchanged', () => {
    const state = seedState();
    expect(state.doc.line(2).text).toBe('Yeah, Katie. Katie Bauer.');
    expect(written(state)).toBe(seedText);
  });

  it('writes a typed edit as a change of that item only', () => {
    const state = seedState();
    const end = state.doc.line(2).to;
    const edited = state.update({ changes: { from: end, insert: ' Hello!' } }).state;
    const diff = changedLines(seedText, written(edited));
    expect(diff.removed).toEqual(['- line: Yeah, Katie. Katie Bauer.']);
    expect(diff.added).toEqual(['- line: Yeah, Katie. Katie Bauer. Hello!']);
  });

  it('splits a line into a new paragraph of the same speaker, and undo restores the bytes', () => {
    const state = seedState();
    const at = lineFrom(state, 1) + 'Yeah, Katie.'.length;
    const split = state.update({ changes: { from: at, to: at + 1, insert: '\n' } }).state;
    const doc = documentFromState(split);
    expect(doc.items[1]).toMatchObject({ kind: 'turn', line: 'Yeah, Katie.', who: 'Katie', sec: 103 });
    expect(doc.items[2]).toMatchObject({ kind: 'turn', line: 'Katie Bauer.', who: 'Katie' });
    expect(doc.items[2]).not.toHaveProperty('sec');
    expect(written(run(split, undo))).toBe(seedText);
  });

  it('merges lines keeping the first item, and undo brings the second item back whole', () => {
    const state = seedState();
    const joint = state.doc.line(2).to;
    const merged = state.update({ changes: { from: joint, to: joint + 1, insert: ' ' } }).state;
    expect(documentFromState(merged).items[1]).toMatchObject({ line: `Yeah, Katie. Katie Bauer. ${state.doc.line(3).text}`, who: 'Katie', sec: 103 });
    expect(documentFromState(merged).items).toHaveLength(documentFromState(state).items.length - 1);
    const back = run(merged, undo);
    expect(written(back)).toBe(seedText);
    expect(written(run(back, redo))).toBe(written(merged));
  });

  it('deleting whole lines keeps the item of the line after them', () => {
    const state = seedState();
    const removed = state.update({ changes: { from: lineFrom(state, 1), to: lineFrom(state, 3) } }).state;
    expect(itemAt(removed, lineFrom(removed, 1)).item).toMatchObject({ sec: 119, who: 'Katie' });
    expect(written(run(removed, undo))).toBe(seedText);
  });

  it('changes speaker and time in the same undo history as text', () => {
    let state = seedState();
    state = run(state, setSpeaker(1, 'Katie Bauer'));
    state = run(state, setTurnTime(1, '1:44'));
    state = state.update({ changes: { from: lineFrom(state, 1), insert: 'Oh. ' } }).state;
    const diff = changedLines(seedText, written(state));
    expect(diff.added).toEqual(['- line: Oh. Yeah, Katie. Katie Bauer.', '  sec: 104', "  time: '1:44'", '  who: Katie Bauer']);
    state = run(run(run(state, undo), undo), undo);
    expect(written(state)).toBe(seedText);
  });

  it('refuses a time that is no clock time', () => {
    const state = seedState();
    expect(setTurnTime(1, 'soon')({ state, dispatch: () => undefined })).toBe(false);
  });

  it('moves between turns and headers', () => {
    const state = seedState();
    const nextTurn = run(state, cursorNextTurn);
    expect(nextTurn.doc.lineAt(nextTurn.selection.main.head).number).toBe(2);
    const header = run(state, cursorNextHeader);
    expect(itemAt(header, header.selection.main.head).item).toMatchObject({ kind: 'header', header: 'Katie’s background' });
  });

  it('updates the frontmatter duration from the times, as upstream writes it, in the same undo history', () => {
    const path = corpusFile('episodes', 'urban-data-science.md');
    const text = readFileSync(path, 'utf8');
    const { doc, field } = transcriptStateConfig(parseEpisode(text, path));
    let state = EditorState.create({ doc, extensions: [field, transcriptData, transcriptHistory] });
    expect(updateDuration({ state, dispatch: () => undefined })).toBe(false);
    const last = state.doc.lines - 1;
    state = run(state, setTurnTime(last, '1:00:00'));
    state = run(state, updateDuration);
    const first = documentFromState(state).items.find((i) => i.kind === 'turn' && i.sec !== undefined) as { sec: number };
    const expected = 3600 - first.sec;
    const diff = changedLines(text, written(state));
    expect(diff.added[0]).toBe(`duration: PT00H${String(Math.floor(expected / 60)).padStart(2, '0')}M${String(expected % 60).padStart(2, '0')}S`);
    expect(written(run(run(state, undo), undo))).toBe(text);
  });

  it('inserts a section header above the cursor, written as PyYAML writes it', () => {
    let state = seedState();
    state = state.update({ selection: { anchor: lineFrom(state, 2) } }).state;
    state = run(state, insertHeaderAbove);
    state = state.update({ changes: { from: state.selection.main.head, insert: 'Introductions' }, annotations: isolateHistory.of('full') }).state;
    expect(changedLines(seedText, written(state)).added).toEqual(['- header: Introductions']);
    expect(documentFromState(state).items[3]).toMatchObject({ kind: 'turn', sec: 105 });
    expect(written(run(run(state, undo), undo))).toBe(seedText);
  });

  it('gives a file without a transcript one as soon as the user types a turn', () => {
    const { doc, field } = transcriptStateConfig(parseEpisode('---\ntitle: New\n---\n', 'new.md'));
    const empty = EditorState.create({ doc, extensions: [field, transcriptData] });
    expect(written(empty)).toBe('---\ntitle: New\n---\n');
    const typed = empty.update({ changes: { from: 0, insert: 'Hello.' } }).state;
    expect(written(typed)).toBe('---\ntitle: New\ntranscript:\n- line: Hello.\n---\n');
  });
});
