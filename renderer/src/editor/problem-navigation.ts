import { forEachDiagnostic } from '@codemirror/lint';
import { EditorSelection, type EditorState } from '@codemirror/state';
import { EditorView, type Command } from '@codemirror/view';

/** The start of each problem (of one kind, when given), in document order, without repeats (several problems of one turn are one stop). */
function problemStarts(state: EditorState, kind?: string): number[] {
  const starts = new Set<number>();
  forEachDiagnostic(state, (d, from) => (kind === undefined || d.source === kind) && starts.add(from));
  return [...starts].sort((a, b) => a - b);
}

/** Moves the cursor (collapsed: nothing selected, so the next key typed replaces nothing) to a problem, its line in the middle of the view. */
function cursorToProblem(pick: (starts: number[], at: number) => number | undefined, kind?: string): Command {
  return (view) => {
    const at = view.state.selection.main.head;
    const target = pick(problemStarts(view.state, kind), at);
    if (target === undefined || (target === at && view.state.selection.main.empty)) return false;
    view.dispatch({ selection: EditorSelection.cursor(target), effects: EditorView.scrollIntoView(target, { y: 'center' }), userEvent: 'select' });
    return true;
  };
}

/** The next start after `at`, or the first after the last. */
const nextStart = (starts: number[], at: number) => starts.find((s) => s > at) ?? starts[0];

/** F8: the cursor to the start of the next problem's turn (the first after the last). */
export const cursorNextProblem: Command = cursorToProblem(nextStart);

/** The cursor to the next problem of one kind (a problem code, the diagnostics' `source`). */
export const cursorNextProblemOf = (kind: string): Command => cursorToProblem(nextStart, kind);

/** Shift+F8: the cursor to the start of the previous problem's turn (the last before the first). */
export const cursorPreviousProblem: Command = cursorToProblem((starts, at) => [...starts].reverse().find((s) => s < at) ?? starts.at(-1));
