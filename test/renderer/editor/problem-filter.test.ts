import { setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState, type Transaction } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { problemFilter, setProblemFilter, shownKind, toggleProblemFilter } from '../../../renderer/src/editor/problem-filter.js';
import { problemGroups } from '../../../renderer/src/editor/problem-groups.js';
import { cursorNextProblem, cursorPreviousProblem } from '../../../renderer/src/editor/problem-navigation.js';

const problem = (from: number, source: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({ from, to: from + 3, source, severity, message: `${source} at ${from}` });

/** Lines at 0, 4, 8, 14, 19: an empty paragraph, two unquoted times, a time going back, no speaker. */
function linted(): EditorState {
  const state = EditorState.create({ doc: 'one\ntwo\nthree\nfour\nfive', extensions: problemFilter });
  return state.update(setDiagnostics(state, [problem(14, 'time-unquoted'), problem(0, 'line-empty'), problem(4, 'time-unquoted'), problem(8, 'sec-decreasing', 'error'), problem(19, 'who-missing')])).state;
}

/** A command run on a state, with the view reduced to what commands use. */
function run(command: typeof cursorNextProblem, state: EditorState): EditorState {
  let next = state;
  const view = { get state() { return next; }, dispatch: (spec: Parameters<EditorState['update']>[0]) => void (next = next.update(spec).state) };
  command(view as unknown as EditorView);
  return next;
}

const cursorAt = (state: EditorState, at: number) => state.update({ selection: { anchor: at } }).state;
const summary = (state: EditorState) => problemGroups(state).map((g) => `${g.kind.name} ${g.kind.count}: ${g.problems.map((p) => p.from).join(',')}`);

describe('problemGroups', () => {
  it('groups the problems by kind, in the kinds row’s order, each in document order', () => {
    expect(summary(linted())).toEqual(['Times that go back 1: 8', 'Unquoted times 2: 4,14', 'Empty paragraphs 1: 0', 'No speaker 1: 19']);
  });

  it('lists only the filter’s kind when one is shown', () => {
    const state = linted();
    expect(summary(state.update({ effects: setProblemFilter.of('time-unquoted') }).state)).toEqual(['Unquoted times 2: 4,14']);
  });
});

describe('the problem filter', () => {
  it('shows a kind on its toggle and every kind on the toggle again', () => {
    const shown = linted().update(toggleProblemFilter(linted(), 'time-unquoted')).state;
    expect(shownKind(shown)).toBe('time-unquoted');
    expect(shownKind(shown.update(toggleProblemFilter(shown, 'time-unquoted')).state)).toBeNull();
    expect(shownKind(shown.update(toggleProblemFilter(shown, 'line-empty')).state)).toBe('line-empty');
  });

  it('shows every kind again when no problem of its kind is left, and keeps it while some are', () => {
    const shown = linted().update({ effects: setProblemFilter.of('time-unquoted') }).state;
    const relint = (s: EditorState, ds: Diagnostic[]): Transaction => s.update(setDiagnostics(s, ds));
    expect(shownKind(relint(shown, [problem(4, 'time-unquoted'), problem(0, 'line-empty')]).state)).toBe('time-unquoted');
    expect(shownKind(relint(shown, [problem(0, 'line-empty')]).state)).toBeNull();
  });

  it('is none in a state without the field', () => {
    expect(shownKind(EditorState.create({ doc: 'x' }))).toBeNull();
  });
});

describe('F8 and Shift+F8 with the filter', () => {
  it('step through every problem with every kind shown', () => {
    const state = cursorAt(linted(), 5);
    expect(run(cursorNextProblem, state).selection.main.head).toBe(8);
    expect(run(cursorPreviousProblem, state).selection.main.head).toBe(4);
  });

  it('step through the shown kind alone, round from the last to the first', () => {
    const state = cursorAt(linted().update({ effects: setProblemFilter.of('time-unquoted') }).state, 5);
    expect(run(cursorNextProblem, state).selection.main.head).toBe(14);
    expect(run(cursorNextProblem, cursorAt(state, 14)).selection.main.head).toBe(4);
    expect(run(cursorPreviousProblem, state).selection.main.head).toBe(4);
    expect(run(cursorPreviousProblem, cursorAt(state, 4)).selection.main.head).toBe(14);
  });
});
