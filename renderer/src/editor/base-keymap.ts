import { defaultKeymap, historyKeymap } from '@codemirror/commands';
import { searchKeymap } from '@codemirror/search';
import type { KeyBinding } from '@codemirror/view';

/** CodeMirror's own editing, history and search keys, after the app's command keys. */
export const baseKeymap: readonly KeyBinding[] = [...defaultKeymap, ...historyKeymap, ...searchKeymap];
