import { search } from '@codemirror/search';
import type { Extension } from '@codemirror/state';
import { keymap, type KeyBinding } from '@codemirror/view';
import { baseKeymap } from './base-keymap.js';
import { markInput } from './mark-input.js';
import { problemsLinter } from './problems.js';
import { spellCheck } from './spelling.js';
import { transcriptHistory } from './transcript-history.js';

/**
 * What the editor needs to be edited, beyond showing a transcript: the undo history, find and
 * replace, the keys (the app's commands first, then CodeMirror's), validation as the user types,
 * typed or pasted text that cannot collide with the editor's own marks, and spell check.
 * Loaded after the first screen, with the rest of the app.
 */
export function editingExtensions(commandKeys: readonly KeyBinding[]): Extension {
  return [transcriptHistory, search({ top: true }), keymap.of([...commandKeys, ...baseKeymap]), problemsLinter, markInput, spellCheck];
}
