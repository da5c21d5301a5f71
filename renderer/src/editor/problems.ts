import { linter, type Action, type Diagnostic } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { fixerOf, fixesOf, itemLabel, validateEpisode, type Fix } from '../../../shared/episode/index.js';
import { applyFixes } from './fix-commands.js';
import { problemFilter } from './problem-filter.js';
import { problemsPanelContents } from './problem-panel.js';
import { problemsPanelTheme } from './problem-panel-theme.js';
import { documentFromState, itemDataChanged } from './transcript-field.js';

/** Diagnostics for the editor from the engine's validation: each problem marks its item's line. */
function problemDiagnostics(view: EditorView): Diagnostic[] {
  const { state } = view;
  const doc = documentFromState(state);
  const fixOf = fixerOf(doc);
  return validateEpisode(doc).flatMap((p) => {
    // A problem of the whole file (its duration, a YAML value) is shown at the top.
    if (p.index === null) return [{ from: 0, to: 0, severity: p.severity, source: p.code, message: `File: ${p.message}` }];
    if (p.index >= state.doc.lines) return [];
    const line = state.doc.line(p.index + 1);
    // The panel lists problems without their lines: each names its turn as the user sees it.
    const where = itemLabel(doc.items[p.index]);
    const fix = fixOf(p);
    const message = `${where[0]!.toUpperCase()}${where.slice(1)}: ${p.message}${fix ? ` (Fix: ${fix.description})` : ''}`;
    return [{ from: line.from, to: line.to, severity: p.severity, source: p.code, message, ...(fix && { actions: fixActions(fix) }) }];
  });
}

/** A problem's buttons: its own fix, and every fix of its kind in the episode, each one undo step. */
function fixActions(fix: Fix): Action[] {
  return [
    { name: 'Fix', apply: (view) => void applyFixes([fix])(view) },
    { name: 'Fix all of this kind', apply: (view) => void applyFixes(fixesOf(documentFromState(view.state), [fix.code]))(view) },
  ];
}

/** Validation as the user edits (after a short pause); the problems panel lists them grouped by kind, filtered to one kind on a click, resizable. */
export const problemsLinter: Extension = [
  linter(problemDiagnostics, {
    delay: 300,
    // Speaker and time changes leave the text alone, so the linter must be told to run again.
    needsRefresh: itemDataChanged,
  }),
  problemFilter,
  problemsPanelContents,
  problemsPanelTheme,
];
