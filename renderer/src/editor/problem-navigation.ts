import { forEachDiagnostic } from '@codemirror/lint';
import { EditorSelection, type EditorState } from '@codemirror/state';
import { EditorView, type Command } from '@codemirror/view';
import { shownKind } from './problem-filter.js';

/**
 * The start of each problem the panel shows, in document order, without repeats (several problems of
 * one turn are one stop). F8 follows the panel's filter: with one kind shown, it steps through that
 * kind alone (how a user works through, say, the unquoted times), and with every kind, through all.
 */
function problemStarts(state: EditorState): number[] {
  const kind = shownKind(state);
  const starts = new Set<number>();
  forEachDiagnostic(state, (d, from) => (kind === null || d.source === kind) && starts.add(from));
  return [...starts].sort((a, b) => a - b);
}

/** Moves the cursor (collapsed: nothing selected, so the next key typed replaces nothing) to a problem, its line in the middle of the view. */
function cursorToProblem(pick: (starts: number[], at: number) => number | undefined): Command {
  return (view) => {
    const at = view.state.selection.main.head;
    const target = pick(problemStarts(view.state), at);
    if (target === undefined || (target === at && view.state.selection.main.empty)) return false;
    view.dispatch({ selection: EditorSelection.cursor(target), effects: EditorView.scrollIntoView(target, { y: 'center' }), userEvent: 'select' });
    return true;
  };
}

/** F8: the cursor to the start of the next problem's turn (the first after the last), of the panel's kind when it shows one. */
export const cursorNextProblem: Command = cursorToProblem((starts, at) => starts.find((s) => s > at) ?? starts[0]);

/** Shift+F8: the cursor to the start of the previous problem's turn (the last before the first), of the panel's kind when it shows one. */
export const cursorPreviousProblem: Command = cursorToProblem((starts, at) => [...starts].reverse().find((s) => s < at) ?? starts.at(-1));
