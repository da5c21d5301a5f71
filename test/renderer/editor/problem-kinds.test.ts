import { setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { problemKinds } from '../../../renderer/src/editor/problem-kinds.js';

const problem = (from: number, source: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({ from, to: from + 1, source, severity, message: source });

describe('problemKinds', () => {
  it('counts the problems of each kind, errors first, then the most frequent, by name', () => {
    const state = EditorState.create({ doc: 'one\ntwo\nthree\nfour' });
    const tr = setDiagnostics(state, [problem(0, 'line-empty'), problem(4, 'time-unquoted'), problem(8, 'time-unquoted'), problem(9, 'sec-decreasing', 'error'), problem(14, 'who-missing')]);
    expect(problemKinds(state.update(tr).state)).toEqual([
      { code: 'sec-decreasing', name: 'Times that go back', count: 1, error: true },
      { code: 'time-unquoted', name: 'Unquoted times', count: 2, error: false },
      { code: 'line-empty', name: 'Empty paragraphs', count: 1, error: false },
      { code: 'who-missing', name: 'No speaker', count: 1, error: false },
    ]);
  });

  it('is empty without problems', () => {
    expect(problemKinds(EditorState.create({ doc: 'x' }))).toEqual([]);
  });
});
