import type { StateEffect } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { formatTime, spanAt, turnSpans, type TurnSpan } from '../../../shared/episode/index.js';
import { setPlayingItem, playingItemField } from '../editor/playing-line.js';
import { speakerColors } from '../editor/speaker-colors.js';
import type { TranscriptEditor } from '../editor/transcript-editor.js';
import { documentFromState } from '../editor/transcript-field.js';
import type { WaveformView } from '../waveform/waveform-view.js';

const TURNS_REFRESH_DELAY_MS = 200;

/**
 * Keeps the text and the audio in step: the playing turn is highlighted (and followed, when on),
 * a click on the waveform moves the cursor to the turn at that time. The playhead reaches the
 * editor only when the playing turn changes, and the clock label directly, never through React.
 */
export class PlaybackSync {
  /** Whether the text scrolls to the playing turn. */
  follow = true;
  private spans: readonly TurnSpan[] = [];
  private spansKey = '';
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly unsubscribes: (() => void)[];
  private readonly turnListeners = new Set<(spans: readonly TurnSpan[], colors: ReadonlyMap<string, string>) => void>();

  constructor(
    private readonly editor: TranscriptEditor,
    private readonly waveform: WaveformView,
    private readonly clock: () => HTMLElement | null,
  ) {
    this.refreshTurns();
    this.unsubscribes = [
      editor.on('change', () => {
        clearTimeout(this.refreshTimer);
        this.refreshTimer = setTimeout(() => this.refreshTurns(), TURNS_REFRESH_DELAY_MS);
      }),
      waveform.on('time', (t) => this.onTime(t)),
      waveform.on('ready', () => this.refreshTurns()),
      waveform.on('seek', (t) => this.revealTime(t)),
    ];
  }

  /** Moves the editor's cursor to the turn playing at a time. */
  revealTime(seconds: number): void {
    const span = spanAt(this.spans, seconds);
    if (span) this.editor.revealItem(span.index);
  }

  /** Plays from the start of the turn at the cursor (or seeks there when paused). */
  seekToCursor(): void {
    const state = this.editor.view.state;
    const line = state.doc.lineAt(state.selection.main.head).number - 1;
    const span = [...this.spans].reverse().find((s) => s.index <= line);
    if (span) this.waveform.seek(span.start);
  }

  /** Subscribes to new turn spans (after edits settle); returns the unsubscribe function. */
  onTurns(listener: (spans: readonly TurnSpan[], colors: ReadonlyMap<string, string>) => void): () => void {
    this.turnListeners.add(listener);
    return () => this.turnListeners.delete(listener);
  }

  /** Stops listening. */
  destroy(): void {
    clearTimeout(this.refreshTimer);
    for (const unsubscribe of this.unsubscribes) unsubscribe();
  }

  /** Re-reads turn times and speakers from the editor; the waveform regions change only if they did. */
  refreshTurns(): void {
    const doc = documentFromState(this.editor.view.state);
    const spans = turnSpans(doc.items);
    const colors = speakerColors(doc.items);
    const key = JSON.stringify([spans, [...colors]]);
    this.spans = spans;
    if (key === this.spansKey) return;
    this.spansKey = key;
    this.waveform.setTurns(spans, colors);
    for (const listener of this.turnListeners) listener(spans, colors);
  }

  private onTime(time: number): void {
    const label = this.clock();
    if (label) label.textContent = formatTime(time);
    const index = spanAt(this.spans, time)?.index ?? null;
    const view = this.editor.view;
    if (view.state.field(playingItemField, false) === index) return;
    const effects: StateEffect<unknown>[] = [setPlayingItem.of(index)];
    if (this.follow && index !== null && index < view.state.doc.lines) {
      effects.push(EditorView.scrollIntoView(view.state.doc.line(index + 1).from, { y: 'center' }));
    }
    view.dispatch({ effects });
  }
}
