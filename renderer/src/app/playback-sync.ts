import type { StateEffect } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { spanAt } from '../../../shared/episode/index.js';
import { setPlayingItem, playingItemField } from '../editor/playing-line.js';
import { setAudioDuration, speakerStatsField, type SpeakerStats } from '../editor/speaker-stats.js';
import type { TranscriptHost } from '../editor/transcript-host.js';
import { ObservableValue, type Observable } from '../state/observable.js';
import type { WaveformView } from '../waveform/waveform-view.js';

/** What the sync needs of the waveform: its events, seeking and playing, the turn regions, and whether audio is loaded. */
export type SyncedPlayer = Pick<WaveformView, 'on' | 'seek' | 'setTurns' | 'loaded' | 'duration' | 'paused' | 'playPause'>;

/**
 * Keeps the text and the audio in step: the playing turn is highlighted (and followed, when on),
 * a click on the waveform moves the cursor to the turn at that time, and the waveform's regions
 * show the editor's speaker spans. The playhead reaches the editor only when the playing turn changes.
 */
export class PlaybackSync {
  private readonly following = new ObservableValue(true);
  /** Whether the text scrolls to the playing turn. */
  readonly follow: Observable<boolean> = this.following;
  /** The speaker statistics the waveform's regions show. */
  private shown: SpeakerStats | undefined;
  private readonly unsubscribes: (() => void)[];
  private destroyed = false;
  /** A turn on screen that playback reached by a click on it: following does not scroll to it (a second click would miss). */
  private inView: number | undefined;

  constructor(
    private readonly editor: TranscriptHost,
    private readonly player: SyncedPlayer,
  ) {
    this.showTurns();
    this.unsubscribes = [
      editor.on('change', () => this.showTurns()),
      player.on('time', (t) => this.onTime(t)),
      player.on('ready', (duration) => this.setDuration(duration)),
      player.on('seek', (t) => this.revealTime(t)),
      player.on('unload', () => this.setDuration(undefined)),
    ];
  }

  /** Turns following playback on or off. */
  toggleFollow(): void {
    this.following.set(!this.following.get());
  }

  /** Moves the editor's cursor to the turn playing at a time. */
  revealTime(seconds: number): void {
    const span = spanAt(this.stats.spans, seconds);
    if (span) this.editor.revealItem(span.index);
  }

  /** Moves the playhead to a turn the user is looking at (its time was clicked): the text stays where it is. */
  seekInView(index: number, seconds: number): void {
    this.inView = index;
    this.player.seek(seconds);
  }

  /** Plays from a turn the user is looking at (its time was clicked), paused or playing before: the text stays where it is. */
  playInView(index: number, seconds: number): void {
    this.seekInView(index, seconds);
    if (this.player.paused) this.player.playPause();
  }

  /** Moves the playhead to the start of the turn at the cursor (the last timed one at or before it). */
  seekToCursor(): void {
    const state = this.editor.state;
    const line = state.doc.lineAt(state.selection.main.head).number - 1;
    const spans = this.stats.spans;
    let i = spans.length - 1;
    while (i >= 0 && spans[i]!.index > line) i--;
    if (i >= 0) this.player.seek(spans[i]!.start);
  }

  /** Stops listening. */
  destroy(): void {
    this.destroyed = true;
    for (const unsubscribe of this.unsubscribes) unsubscribe();
  }

  private get audioDuration(): number | undefined {
    return this.player.loaded ? this.player.duration : undefined;
  }

  private get stats(): SpeakerStats {
    return this.editor.state.field(speakerStatsField);
  }

  private setDuration(duration: number | undefined): void {
    const effects: StateEffect<unknown>[] = [setAudioDuration.of(duration)];
    if (duration === undefined && this.editor.state.field(playingItemField) !== null) effects.push(setPlayingItem.of(null));
    this.editor.dispatch({ effects });
    this.showTurns();
  }

  /** The regions change only when the editor's speaker statistics did. */
  private showTurns(): void {
    const stats = this.stats;
    // A newly loaded document does not know the audio's length yet: tell it (after the change that is under way).
    if (stats.duration !== this.audioDuration) {
      queueMicrotask(() => {
        if (!this.destroyed && this.stats.duration !== this.audioDuration) this.setDuration(this.audioDuration);
      });
    }
    if (stats === this.shown) return;
    this.shown = stats;
    this.player.setTurns(stats.spans, stats.colors);
  }

  private onTime(time: number): void {
    const state = this.editor.state;
    const index = spanAt(this.stats.spans, time)?.index ?? null;
    if (state.field(playingItemField) === index) return;
    const effects: StateEffect<unknown>[] = [setPlayingItem.of(index)];
    const clicked = index === this.inView;
    this.inView = undefined;
    if (this.following.get() && !clicked && index !== null && index < state.doc.lines) {
      effects.push(EditorView.scrollIntoView(state.doc.line(index + 1).from, { y: 'center' }));
    }
    this.editor.dispatch({ effects });
  }
}
