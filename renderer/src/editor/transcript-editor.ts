import { history } from '@codemirror/commands';
import { forEachDiagnostic, setDiagnosticsEffect } from '@codemirror/lint';
import { search } from '@codemirror/search';
import { EditorState, type Extension, type StateCommand } from '@codemirror/state';
import { EditorView, highlightActiveLine, highlightSpecialChars, keymap, type Command, type KeyBinding } from '@codemirror/view';
import type { EpisodeDocument } from '../../../shared/episode/index.js';
import { playingItemField } from './playing-line.js';
import { problemsLinter } from './problems.js';
import { editorTheme } from './theme.js';
import { documentFromState, transcriptData, transcriptField, transcriptStateConfig } from './transcript-field.js';
import { turnDecorations, type TurnHeadClick } from './turn-decorations.js';
import { baseKeymap } from './base-keymap.js';

/** Events the editor wrapper emits, with labelled arguments. */
export interface TranscriptEditorEvents {
  /** The document or its data changed (not on selection moves). */
  change: [state: EditorState];
  /** The user clicked a turn's time or speaker. */
  headClick: [click: TurnHeadClick];
  /** Validation finished: how many problems of each severity the editor now shows. */
  diagnostics: [counts: { errors: number; warnings: number }];
}

type Listener<E extends keyof TranscriptEditorEvents> = (...args: TranscriptEditorEvents[E]) => void;

/** Options fixed when the editor is created. */
export interface TranscriptEditorOptions {
  /** The app's command shortcuts, ahead of the editor's own keys. */
  readonly commandKeys: readonly KeyBinding[];
}

/**
 * Owns the one CodeMirror view of the transcript. Created once; a new file replaces its state
 * (text, data and a fresh undo history), never the view.
 */
export class TranscriptEditor {
  readonly view: EditorView;
  private readonly listeners: { [E in keyof TranscriptEditorEvents]: Set<Listener<E>> } = { change: new Set(), headClick: new Set(), diagnostics: new Set() };
  private readonly extensions: Extension;

  constructor(parent: HTMLElement, options: TranscriptEditorOptions) {
    this.extensions = [
      transcriptData,
      playingItemField,
      history(),
      search({ top: true }),
      keymap.of([...options.commandKeys, ...baseKeymap]),
      EditorView.lineWrapping,
      highlightActiveLine(),
      // Text pasted from word processors carries NBSP and zero-width characters: show them, keep them.
      highlightSpecialChars({ addSpecialChars: /[\u00a0\u202f]/ }),
      turnDecorations((click) => this.emit('headClick', click)),
      problemsLinter,
      readOnlyUnknownItems,
      editorTheme,
      EditorView.contentAttributes.of({ 'aria-label': 'Transcript', spellcheck: 'true' }),
      EditorView.updateListener.of((update) => {
        const dataChanged = update.startState.field(transcriptField) !== update.state.field(transcriptField);
        if (update.docChanged || dataChanged) this.emit('change', update.state);
        if (update.transactions.some((tr) => tr.effects.some((e) => e.is(setDiagnosticsEffect)))) this.emit('diagnostics', countDiagnostics(update.state));
      }),
    ];
    this.view = new EditorView({ parent, state: this.createState(undefined) });
  }

  /** Shows a document, with a fresh undo history. */
  load(doc: EpisodeDocument): void {
    this.view.setState(this.createState(doc));
    this.emit('change', this.view.state);
  }

  /** The document as edited so far. */
  document(): EpisodeDocument {
    return documentFromState(this.view.state);
  }

  /** Runs an editor command on the view. */
  run(command: StateCommand | Command): boolean {
    return (command as Command)(this.view);
  }

  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends keyof TranscriptEditorEvents>(event: E, listener: Listener<E>): () => void {
    this.listeners[event].add(listener);
    return () => this.listeners[event].delete(listener);
  }

  /** Moves the cursor to the start of an item's line and scrolls it into view. */
  revealItem(index: number): void {
    const line = this.view.state.doc.line(Math.min(index + 1, this.view.state.doc.lines));
    this.view.dispatch({ selection: { anchor: line.from }, effects: EditorView.scrollIntoView(line.from, { y: 'center' }) });
    this.view.focus();
  }

  /** Removes the view. */
  destroy(): void {
    this.view.destroy();
  }

  private createState(doc: EpisodeDocument | undefined): EditorState {
    if (!doc) return EditorState.create({ extensions: this.extensions });
    const { doc: text, field } = transcriptStateConfig(doc);
    return EditorState.create({ doc: text, extensions: [field, this.extensions] });
  }

  private emit<E extends keyof TranscriptEditorEvents>(event: E, ...args: TranscriptEditorEvents[E]): void {
    for (const listener of this.listeners[event]) listener(...args);
  }
}

function countDiagnostics(state: EditorState) {
  const counts = { errors: 0, warnings: 0 };
  forEachDiagnostic(state, (d) => (d.severity === 'error' ? counts.errors++ : counts.warnings++));
  return counts;
}

/** Items the editor does not understand are shown but kept exactly as read. */
const readOnlyUnknownItems = EditorState.changeFilter.of((tr) => {
  const { items } = tr.startState.field(transcriptField);
  let allowed = true;
  tr.changes.iterChangedRanges((fromA, toA) => {
    const doc = tr.startState.doc;
    for (let n = doc.lineAt(fromA).number; n <= doc.lineAt(toA).number && allowed; n++) {
      if (items[n - 1]?.kind === 'unknown') allowed = false;
    }
  });
  return allowed;
});
