import type { StateEffect } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { formatTime, spanAt, speakerSpans, talkTime, type SpeakerSpan, type TalkTime } from '../../../shared/episode/index.js';
import { setPlayingItem, playingItemField } from '../editor/playing-line.js';
import { speakerColors } from '../editor/speaker-colors.js';
import type { TranscriptEditor } from '../editor/transcript-editor.js';
import { documentFromState } from '../editor/transcript-field.js';
import type { WaveformView } from '../waveform/waveform-view.js';

const TURNS_REFRESH_DELAY_MS = 200;

/** Who speaks when and for how long, for the waveform regions and the speaker overview. */
export interface TurnsOverview {
  readonly spans: readonly SpeakerSpan[];
  readonly colors: ReadonlyMap<string, string>;
  readonly talk: readonly TalkTime[];
  /** Seconds the overview strip spans: the audio's length, or the end of the last timed turn. */
  readonly end: number;
}

/**
 * Keeps the text and the audio in step: the playing turn is highlighted (and followed, when on),
 * a click on the waveform moves the cursor to the turn at that time. The playhead reaches the
 * editor only when the playing turn changes, and the clock label directly, never through React.
 */
export class PlaybackSync {
  /** Whether the text scrolls to the playing turn. */
  follow = true;
  private spans: readonly SpeakerSpan[] = [];
  private spansKey = '';
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly unsubscribes: (() => void)[];
  private readonly turnListeners = new Set<(turns: TurnsOverview) => void>();

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
      waveform.on('unload', () => {
        if (this.editor.view.state.field(playingItemField) !== null) this.editor.view.dispatch({ effects: setPlayingItem.of(null) });
        this.refreshTurns();
      }),
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

  /** Subscribes to new turn spans and talk times (after edits settle); returns the unsubscribe function. */
  onTurns(listener: (turns: TurnsOverview) => void): () => void {
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
    const duration = this.waveform.loaded ? this.waveform.duration : undefined;
    const spans = speakerSpans(doc.items, duration);
    const colors = speakerColors(doc.items);
    const key = JSON.stringify([spans, [...colors]]);
    this.spans = spans;
    if (key === this.spansKey) return;
    this.spansKey = key;
    this.waveform.setTurns(spans, colors);
    const overview = { spans, colors, talk: talkTime(doc.items, duration), end: duration ?? spans.at(-1)?.end ?? 0 };
    for (const listener of this.turnListeners) listener(overview);
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
