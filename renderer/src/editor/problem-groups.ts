import { forEachDiagnostic, type Diagnostic } from '@codemirror/lint';
import type { EditorState } from '@codemirror/state';
import { shownKind } from './problem-filter.js';
import { problemKinds, type ProblemKind } from './problem-kinds.js';

/** One problem as the panel lists it: its diagnostic and where it is now (the diagnostic's own from/to are as linted). */
export interface ListedProblem {
  readonly diagnostic: Diagnostic;
  readonly from: number;
  readonly to: number;
}

/** The problems of one kind, in document order, under the kind with its count. */
export interface ProblemGroup {
  readonly kind: ProblemKind;
  readonly problems: readonly ListedProblem[];
}

/** The problems grouped by kind in the kinds row's order (errors first, then the most frequent); only the filter's kind when one is shown. */
export function problemGroups(state: EditorState): ProblemGroup[] {
  const shown = shownKind(state);
  const byKind = new Map<string, ListedProblem[]>();
  forEachDiagnostic(state, (diagnostic, from, to) => {
    const code = diagnostic.source ?? 'other';
    const problems = byKind.get(code) ?? [];
    problems.push({ diagnostic, from, to });
    byKind.set(code, problems);
  });
  return problemKinds(state)
    .filter((kind) => shown === null || kind.code === shown)
    .map((kind) => ({ kind, problems: (byKind.get(kind.code) ?? []).sort((a, b) => a.from - b.from) }));
}
