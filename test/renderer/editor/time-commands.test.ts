import { readFileSync } from 'node:fs';
import { undo } from '@codemirror/commands';
import { EditorSelection } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { nudgeTime, setTimeAtCursor, shiftedTurns, shiftTimes } from '../../../renderer/src/editor/time-commands.js';
import { transcriptField } from '../../../renderer/src/editor/transcript-field.js';
import type { Turn } from '../../../shared/episode/index.js';
import { readTimeInput } from '../../../shared/episode/time-input.js';
import { changedLines } from '../../support/diff.js';
import { seed } from '../../support/paths.js';
import { openSeedSession } from '../support/seed-session.js';

/** Seed 000 in a session, the cursor on item `index`; reading turns and saving. */
async function atItem(index: number) {
  const opened = await openSeedSession();
  const { editor } = opened;
  editor.revealItem(index);
  const turn = (i: number) => editor.state.field(transcriptField).items[i] as Turn;
  return { ...opened, turn };
}

describe('the timing commands', () => {
  it('set the turn at the cursor from the playhead, sec and time together, as one undo step', async () => {
    const { editor, turn, session, path } = await atItem(1);
    expect(turn(1)).toMatchObject({ sec: 103, time: '1:43' });
    expect(editor.run(setTimeAtCursor(101.8))).toBe(true);
    expect(turn(1)).toMatchObject({ sec: 101, time: '1:41' });
    editor.run(undo);
    expect(turn(1)).toMatchObject({ sec: 103, time: '1:43' });
    editor.run(setTimeAtCursor(101.8));
    expect(await session.save()).toBe(true);
    expect(changedLines(readFileSync(seed('000'), 'utf8'), readFileSync(path, 'utf8'))).toEqual({ removed: ['  sec: 103', "  time: '1:43'"], added: ['  sec: 101', "  time: '1:41'"], at: 27 });
  });

  it('nudge by a second each way, never below zero, and confirm an estimated time', async () => {
    const { editor, turn } = await atItem(1);
    editor.run(nudgeTime(1));
    editor.run(nudgeTime(1));
    expect(turn(1)).toMatchObject({ sec: 105, time: '1:45' });
    editor.run(nudgeTime(-1));
    expect(turn(1)).toMatchObject({ sec: 104, time: '1:44' });
    editor.run(undo);
    expect(turn(1).sec).toBe(105);
    expect(editor.run(setTimeAtCursor(0))).toBe(true);
    expect(editor.run(nudgeTime(-1))).toBe(false);
    expect(turn(1).sec).toBe(0);
  });

  it('shift this turn and every later one by an offset, or to a start time, as one undo step', async () => {
    const { editor, turn } = await atItem(2);
    const before = editor.state.field(transcriptField).items;
    const targets = shiftedTurns(editor.state);
    expect(targets[0]).toBe(2);
    expect(targets.every((i) => i >= 2)).toBe(true);
    editor.run(shiftTimes(readTimeInput('+2')));
    for (const i of targets) expect(turn(i).sec).toBe((before[i] as Turn).sec! + 2);
    expect(turn(1).sec).toBe(103);
    editor.run(undo);
    expect(turn(2).sec).toBe(105);
    editor.run(shiftTimes(readTimeInput('2:00')));
    expect(turn(2)).toMatchObject({ sec: 120, time: '2:00' });
    const last = targets.at(-1)!;
    expect(turn(last).sec).toBe((before[last] as Turn).sec! + 15);
    expect(editor.run(shiftTimes(readTimeInput('6:75')))).toBe(false);
  });

  it('shift only the selected turns when there is a selection', async () => {
    const { editor, turn } = await atItem(0);
    editor.dispatch({ selection: EditorSelection.range(editor.state.doc.line(2).from, editor.state.doc.line(3).to) });
    expect(shiftedTurns(editor.state)).toEqual([1, 2]);
    editor.run(shiftTimes(readTimeInput('-0:03')));
    expect([turn(0).sec, turn(1).sec, turn(2).sec, turn(3).sec]).toEqual([93, 100, 102, 119]);
  });
});
