import { lintGutter, setDiagnosticsEffect } from '@codemirror/lint';
import { StateField } from '@codemirror/state';

// What the first screen shows of the problems: their gutter and their counts. The validation that
// finds them, with its fixes, is problems.ts, part of the editing layer that loads after it.

/** The gutter that marks each problem's line: on the first screen already, so that the text never moves when validation starts. */
export const problemsGutter = lintGutter();

/** How many problems of each severity the editor shows. */
export interface ProblemCounts {
  readonly errors: number;
  readonly warnings: number;
}

/** The problem counts of the diagnostics last shown, kept as one value so that the status bar reads it and nothing counts twice. */
export const problemCountsField = StateField.define<ProblemCounts>({
  create: () => ({ errors: 0, warnings: 0 }),
  update(counts, tr) {
    for (const effect of tr.effects) {
      if (!effect.is(setDiagnosticsEffect)) continue;
      const errors = effect.value.filter((d) => d.severity === 'error').length;
      counts = errors === counts.errors && effect.value.length - errors === counts.warnings ? counts : { errors, warnings: effect.value.length - errors };
    }
    return counts;
  },
});
