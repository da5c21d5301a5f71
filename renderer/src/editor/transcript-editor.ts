import { Compartment, EditorState, type Extension, type StateCommand, type TransactionSpec } from '@codemirror/state';
import { EditorView, highlightActiveLine, highlightSpecialChars, type Command } from '@codemirror/view';
import type { EpisodeDocument } from '../../../shared/episode/index.js';
import { problemsGutter } from './problem-marks.js';
import { editorTheme } from './theme.js';
import { EventEmitter } from '../state/event-emitter.js';
import { ObservableValue, type Observable } from '../state/observable.js';
import type { TranscriptHost } from './transcript-host.js';
import { speakerStatsRefresh } from './speaker-stats.js';
import { createTranscriptState, type LoadOptions } from './transcript-state.js';
import { transcriptChanged, transcriptField } from './transcript-field.js';
import { turnDecorations, type TurnHeadClick } from './turn-decorations.js';

/** Events the editor wrapper emits, with labelled arguments. */
export type TranscriptEditorEvents = {
  /** The document or its data changed (not on selection moves). */
  change: [state: EditorState];
  /** The user clicked a turn's time or speaker. */
  headClick: [click: TurnHeadClick];
};

/**
 * Owns the one CodeMirror view of the transcript. Created once, for the first screen, showing
 * a transcript; `enableEditing` adds what editing needs when the rest of the app has loaded. A new
 * file replaces its state (text, data and a fresh undo history), never the view. Its state is
 * observable: views read what they show from it (a field's value stays the same object until it changes).
 */
export class TranscriptEditor extends EventEmitter<TranscriptEditorEvents> implements TranscriptHost {
  readonly view: EditorView;
  private readonly current: ObservableValue<EditorState>;
  private readonly display: Extension;
  private readonly editing = new Compartment();
  private editingExtension: Extension = [];

  constructor(parent: HTMLElement) {
    super();
    this.display = [
      EditorView.lineWrapping,
      highlightActiveLine(),
      // Text pasted from word processors carries NBSP and zero-width characters: show them, keep them.
      highlightSpecialChars({ addSpecialChars: /[\u00a0\u202f]/ }),
      turnDecorations((click) => this.emit('headClick', click)),
      problemsGutter,
      speakerStatsRefresh,
      readOnlyUnknownItems,
      editorTheme,
      // The browser's own spell check stays off: the transcript marks misspellings itself (spelling.ts).
      EditorView.contentAttributes.of({ 'aria-label': 'Transcript', spellcheck: 'false' }),
      EditorView.updateListener.of((update) => {
        this.current.set(update.state);
        if (transcriptChanged(update)) this.emit('change', update.state);
      }),
    ];
    this.view = new EditorView({ parent, state: createTranscriptState(undefined, this.extensions) });
    this.current = new ObservableValue(this.view.state);
  }

  /** Adds what editing needs (see editing.ts) to this state and every one loaded after it. */
  enableEditing(extension: Extension): void {
    this.editingExtension = extension;
    this.view.dispatch({ effects: this.editing.reconfigure(extension) });
  }

  /** Moves the view into `parent` (the window's layout, drawn after the first screen), scrolled as it was. */
  moveTo(parent: HTMLElement): void {
    const scroll = this.view.scrollSnapshot();
    parent.append(this.view.dom);
    this.view.dispatch({ effects: scroll });
  }

  private get extensions(): Extension {
    return [this.display, this.editing.of(this.editingExtension)];
  }

  /** The editor state now. */
  get state(): EditorState {
    return this.view.state;
  }

  /** The editor state as it changes, for views that show something derived from it. */
  get observable(): Observable<EditorState> {
    return this.current;
  }

  /** Shows a document, with a fresh undo history. */
  load(doc: EpisodeDocument, options?: LoadOptions): void {
    this.setState(createTranscriptState(doc, this.extensions, options));
  }

  /** Replaces the editor state (one it held before, say, with its text, data and undo history). */
  setState(state: EditorState): void {
    this.view.setState(state);
    this.current.set(state);
    this.emit('change', state);
  }

  /** Resolves once the browser painted what was loaded and handled what was waiting (input first). */
  whenPainted(): Promise<void> {
    return new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 200 })));
  }

  /** Applies a transaction to the view. */
  dispatch(spec: TransactionSpec): void {
    this.view.dispatch(spec);
  }

  /** Runs an editor command (`(state, dispatch) => boolean`) on the view. */
  run(command: StateCommand): boolean {
    return command(this.view);
  }

  /** Runs a command that needs the view. */
  runView(command: Command): boolean {
    return command(this.view);
  }

  /** Moves the cursor to the start of an item's line and scrolls it into view. */
  revealItem(index: number): void {
    const line = this.view.state.doc.line(Math.min(index + 1, this.view.state.doc.lines));
    this.view.dispatch({ selection: { anchor: line.from }, effects: EditorView.scrollIntoView(line.from, { y: 'center' }) });
    this.view.focus();
  }

  /** Moves the keyboard focus to the text. */
  focus(): void {
    this.view.focus();
  }

  /** Removes the view and every listener. */
  destroy(): void {
    this.unAll();
    this.view.destroy();
  }
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
