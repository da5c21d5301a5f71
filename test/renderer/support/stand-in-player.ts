import type { AudioPeaks } from '../../../shared/api.js';
import type { SpeakerSpan } from '../../../shared/episode/index.js';
import type { AudioOutput } from '../../../renderer/src/app/audio-session.js';
import { EventEmitter } from '../../../renderer/src/state/event-emitter.js';
import type { CommandPlayer } from '../../../renderer/src/app/command-handlers.js';
import type { SyncedPlayer } from '../../../renderer/src/app/playback-sync.js';
import type { WaveformEvents } from '../../../renderer/src/waveform/waveform-view.js';

/**
 * Stands in for the waveform view, which needs a page and a media element: it keeps a playhead,
 * records the regions and the calls, and fires the events the real one fires.
 */
export class StandInPlayer extends EventEmitter<WaveformEvents> implements SyncedPlayer, CommandPlayer, AudioOutput {
  currentTime = 0;
  duration = 0;
  paused = true;
  rate = 1;
  turns: { spans: readonly SpeakerSpan[]; colors: ReadonlyMap<string, string> } | undefined;
  turnUpdates = 0;
  /** The ranges played with playRange, [start, end] in seconds. */
  ranges: [number, number][] = [];

  get loaded(): boolean {
    return this.duration > 0;
  }

  seek(seconds: number): void {
    this.currentTime = seconds;
  }

  skip(seconds: number): void {
    this.seek(this.currentTime + seconds);
  }

  playPause(): void {
    this.paused = !this.paused;
  }

  playRange(start: number, end: number): void {
    this.ranges.push([Math.max(0, start), end]);
  }

  stepRate(direction: 1 | -1): void {
    this.rate += direction * 0.25;
  }

  stepZoom(): number {
    return 50;
  }

  setTurns(spans: readonly SpeakerSpan[], colors: ReadonlyMap<string, string>): void {
    this.turns = { spans, colors };
    this.turnUpdates++;
  }

  async load(_url: string, peaks: AudioPeaks): Promise<void> {
    this.ready(peaks.duration);
  }

  unload(): void {
    if (!this.loaded) return;
    this.duration = 0;
    this.emit('unload');
  }

  /** Loads audio of `duration` seconds, as the real view does once peaks arrive. */
  ready(duration: number): void {
    this.duration = duration;
    this.emit('ready', duration);
  }

  /** Fires one of the view's events. */
  fire<E extends keyof WaveformEvents>(event: E, ...args: WaveformEvents[E]): void {
    this.emit(event, ...args);
  }
}
