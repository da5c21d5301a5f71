import type { AudioPeaks } from '../../../shared/api.js';
import type { SpeakerSpan } from '../../../shared/episode/index.js';
import { EventEmitter } from '../state/event-emitter.js';
import { ObservableValue, type Observable } from '../state/observable.js';
import type { WavesurferEngine } from './wavesurfer-engine.js';

/** Events of the waveform, with labelled arguments. */
export type WaveformEvents = {
  /** The audio is loaded and drawn. */
  ready: [duration: number];
  /** The playhead moved (during playback, many times a second). */
  time: [seconds: number];
  /** The user clicked or dragged on the waveform. */
  seek: [seconds: number];
  /** The media element failed (unreadable file, unsupported format). */
  error: [message: string];
  /** The audio was taken away (another episode, or a file that failed). */
  unload: [];
  /** The user dragged the start of a turn's region: item `index` should start at `seconds`. */
  turnStart: [index: number, seconds: number];
};

/** Playback speeds the slower/faster commands step through. */
const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];

/**
 * Owns the one media element and the one wavesurfer instance. Created once; a new audio file is
 * loaded into it, never a new instance. wavesurfer.js itself is loaded (as its own chunk) the first
 * time audio is, so the first screen never waits for it. Playback time goes to listeners, never to React state.
 */
export class WaveformView extends EventEmitter<WaveformEvents> {
  private readonly media: HTMLAudioElement;
  private engine: WavesurferEngine | undefined;
  private engineLoading: Promise<WavesurferEngine> | undefined;
  private turns: { spans: readonly SpeakerSpan[]; colors: ReadonlyMap<string, string> } = { spans: [], colors: new Map() };
  private destroyed = false;
  private readonly isPlaying = new ObservableValue(false);
  private readonly speed = new ObservableValue(1);
  /** Whether the audio is playing. */
  readonly playing: Observable<boolean> = this.isPlaying;
  /** The playback speed (0.5× to 2×). */
  readonly rate: Observable<number> = this.speed;

  constructor(private readonly container: HTMLElement) {
    super();
    this.media = document.createElement('audio');
    this.media.preload = 'metadata';
  }

  /** Loads audio from `url` with precomputed peaks, so that nothing is decoded in the page. */
  async load(url: string, peaks: AudioPeaks): Promise<void> {
    const engine = await this.ensureEngine();
    await engine.load(url, peaks);
  }

  /** Stops playback and forgets the audio. */
  unload(): void {
    if (!this.loaded) return;
    this.media.pause();
    this.engine?.empty();
    this.media.removeAttribute('src');
    this.media.load();
    this.emit('unload');
  }

  /** The turns drawn as regions (only those near the visible window exist at any time). */
  setTurns(spans: readonly SpeakerSpan[], colors: ReadonlyMap<string, string>): void {
    this.turns = { spans, colors };
    this.engine?.setTurns(spans, colors);
  }

  /** The current playhead in seconds. */
  get currentTime(): number {
    return this.engine?.currentTime ?? 0;
  }

  /** The audio's length in seconds (0 before it is loaded). */
  get duration(): number {
    return this.engine?.duration ?? 0;
  }

  /** Whether playback is paused (or nothing is loaded). */
  get paused(): boolean {
    return this.media.paused;
  }

  /** Whether audio is loaded. */
  get loaded(): boolean {
    return this.duration > 0;
  }

  /** Plays or pauses. */
  playPause(): void {
    if (!this.loaded) return;
    void this.engine?.playPause().catch((err: unknown) => this.emit('error', String(err)));
  }

  /** Plays from `start` to `end` (seconds), then stops. */
  playRange(start: number, end: number): void {
    if (!this.loaded) return;
    void this.engine?.playRange(Math.max(0, start), end).catch((err: unknown) => this.emit('error', String(err)));
  }

  /** Moves the playhead to a time, keeping it in view. */
  seek(seconds: number): void {
    this.engine?.setTime(Math.max(0, seconds));
  }

  /** Moves the playhead by `seconds` (negative for back). */
  skip(seconds: number): void {
    this.seek(this.currentTime + seconds);
  }

  /** Steps the playback speed up or down (0.5× to 2×). */
  stepRate(direction: 1 | -1): void {
    const index = Math.min(RATES.length - 1, Math.max(0, RATES.indexOf(this.speed.get()) + direction));
    this.engine?.setRate(RATES[index]!);
    this.speed.set(RATES[index]!);
  }

  /** Steps the zoom in or out; returns pixels per second. */
  stepZoom(direction: 1 | -1): number | undefined {
    return this.engine?.stepZoom(direction);
  }

  /** Stops playback, removes the waveform and drops every listener. */
  destroy(): void {
    this.destroyed = true;
    this.unAll();
    this.media.pause();
    this.engine?.destroy();
  }

  private ensureEngine(): Promise<WavesurferEngine> {
    this.engineLoading ??= import('./wavesurfer-engine.js').then(({ WavesurferEngine }) => {
      if (this.destroyed) throw new Error('the waveform was closed');
      const engine = new WavesurferEngine(this.container, this.media, {
        ready: (duration) => this.emit('ready', duration),
        time: (t) => this.emit('time', t),
        seek: (t) => this.emit('seek', t),
        play: () => this.isPlaying.set(true),
        pause: () => this.isPlaying.set(false),
        error: (message) => this.emit('error', message),
        turnStart: (index, seconds) => this.emit('turnStart', index, seconds),
      });
      engine.setRate(this.speed.get());
      engine.setTurns(this.turns.spans, this.turns.colors);
      this.engine = engine;
      return engine;
    });
    return this.engineLoading;
  }
}
