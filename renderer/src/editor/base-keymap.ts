import { defaultKeymap, deleteCharBackward, historyKeymap, insertNewlineAndIndent } from '@codemirror/commands';
import { closeSearchPanel, findNext, searchKeymap, selectNextOccurrence } from '@codemirror/search';
import type { Command, KeyBinding } from '@codemirror/view';

/** CodeMirror's own editing, history and search keys, after the app's command keys. */
export const baseKeymap: readonly KeyBinding[] = [...defaultKeymap, ...historyKeymap, ...searchKeymap];

/** The editor's own keys worth knowing in a transcript, by what they do here. */
const EDITOR_KEY_HELP: readonly { readonly run: Command; readonly label: string }[] = [
  { run: insertNewlineAndIndent, label: 'Split the paragraph at the cursor (the new one keeps the speaker)' },
  { run: deleteCharBackward, label: 'At the start of a line: join it to the one above' },
  { run: findNext, label: 'Find next' },
  { run: selectNextOccurrence, label: 'Select next occurrence' },
  { run: closeSearchPanel, label: 'Close the find panel' },
];

/** The editor's own keys for the help overlay, read from the keymap itself (CodeMirror notation, the Mac's where it differs). */
export function editorKeyHelp(mac: boolean): { readonly label: string; readonly keys: readonly string[] }[] {
  return EDITOR_KEY_HELP.map(({ run, label }) => ({
    label,
    keys: baseKeymap.flatMap((b) => (b.run === run ? [(mac && b.mac) || b.key].filter((k): k is string => k !== undefined) : [])),
  })).filter((row) => row.keys.length > 0);
}
