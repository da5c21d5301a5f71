import { setDiagnosticsEffect } from '@codemirror/lint';
import { StateEffect, StateField, type EditorState, type TransactionSpec } from '@codemirror/state';

/** Shows one kind of problem in the panel (a problem code, the diagnostics' `source`), or every kind (null). */
export const setProblemFilter = StateEffect.define<string | null>();

/**
 * The kind of problem the problems panel shows, or null for every kind. It is editor state, so the
 * panel, F8/Shift+F8 and tests all read one value; it stays out of the undo history (no inverse).
 */
export const problemFilter = StateField.define<string | null>({
  create: () => null,
  update(kind, tr) {
    for (const effect of tr.effects) {
      if (effect.is(setProblemFilter)) kind = effect.value;
      // The last problem of the kind fixed: an empty list would hide the rest, so every kind shows again.
      else if (effect.is(setDiagnosticsEffect) && kind !== null && !effect.value.some((d) => d.source === kind)) kind = null;
    }
    return kind;
  },
});

/** The kind the panel shows (null: every kind), also in a state without the filter. */
export const shownKind = (state: EditorState): string | null => state.field(problemFilter, false) ?? null;

/** A click on a kind: shows only that kind, or every kind again when it is the one shown. */
export const toggleProblemFilter = (state: EditorState, kind: string): TransactionSpec => ({
  effects: setProblemFilter.of(shownKind(state) === kind ? null : kind),
});
