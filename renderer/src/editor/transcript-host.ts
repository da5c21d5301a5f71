import type { EditorState, Extension, StateCommand, Transaction, TransactionSpec } from '@codemirror/state';
import type { Command } from '@codemirror/view';
import type { EpisodeDocument } from '../../../shared/episode/index.js';
import { EventEmitter } from '../state/event-emitter.js';
import { createTranscriptState, type LoadOptions } from './transcript-state.js';
import { transcriptChanged } from './transcript-field.js';

/** Events of a transcript host. */
export type TranscriptHostEvents = {
  /** The document or its data changed (not on selection moves). */
  change: [state: EditorState];
};

/** What the sessions and the playback sync need of the editor: its state, loading, transactions, and change events. */
export interface TranscriptHost {
  /** The editor state now. */
  readonly state: EditorState;
  /** Shows a document, with a fresh undo history. */
  load(doc: EpisodeDocument, options?: LoadOptions): void;
  /** Replaces the editor state (one it held before, say, with its text, data and undo history). */
  setState(state: EditorState): void;
  /** Resolves once what was loaded is on screen (at once where there is no screen). */
  whenPainted(): Promise<void>;
  /** Applies a transaction. */
  dispatch(spec: TransactionSpec): void;
  /** Runs an editor command (`(state, dispatch) => boolean`). */
  run(command: StateCommand): boolean;
  /** Runs a command that needs the view on screen (a panel, a popup's position); false where there is none. */
  runView(command: Command): boolean;
  /** Moves the cursor to the start of an item (and, on screen, scrolls it into view). */
  revealItem(index: number): void;
  /** Subscribes to changes of the document or its data; returns the unsubscribe function. */
  on(event: 'change', listener: (state: EditorState) => void): () => void;
}

/** A transcript state without a view: the same state, fields and transactions as on screen, for work and tests in Node. */
export class HeadlessTranscript extends EventEmitter<TranscriptHostEvents> implements TranscriptHost {
  private current: EditorState;

  /** `extensions` go beside the transcript's own (the on-screen editor has an undo history, say). */
  constructor(private readonly extensions: Extension = []) {
    super();
    this.current = createTranscriptState(undefined, extensions);
  }

  /** The editor state now. */
  get state(): EditorState {
    return this.current;
  }

  /** Shows a document, with a fresh undo history. */
  load(doc: EpisodeDocument, options?: LoadOptions): void {
    this.setState(createTranscriptState(doc, this.extensions, options));
  }

  /** Replaces the editor state. */
  setState(state: EditorState): void {
    this.current = state;
    this.emit('change', state);
  }

  /** There is no screen: resolves on the next turn of the event loop. */
  whenPainted(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }

  /** Applies a transaction. */
  dispatch(spec: TransactionSpec): void {
    this.apply(this.current.update(spec));
  }

  /** Runs an editor command (`(state, dispatch) => boolean`) on the state. */
  run(command: StateCommand): boolean {
    return command({ state: this.current, dispatch: (tr) => this.apply(tr) });
  }

  private apply(tr: Transaction): void {
    this.current = tr.state;
    if (transcriptChanged(tr)) this.emit('change', this.current);
  }

  /** There is no view: nothing to show. */
  runView(): boolean {
    return false;
  }

  /** Moves the cursor to the start of an item. */
  revealItem(index: number): void {
    this.dispatch({ selection: { anchor: this.current.doc.line(Math.min(index + 1, this.current.doc.lines)).from } });
  }
}
