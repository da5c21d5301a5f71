import WaveSurfer from 'wavesurfer.js';
import RegionsPlugin from 'wavesurfer.js/dist/plugins/regions.js';
import TimelinePlugin from 'wavesurfer.js/dist/plugins/timeline.js';
import ZoomPlugin from 'wavesurfer.js/dist/plugins/zoom.js';
import type { AudioPeaks } from '../../../shared/api.js';
import type { SpeakerSpan } from '../../../shared/episode/index.js';
import { EventEmitter } from '../state/event-emitter.js';
import { ObservableValue, type Observable } from '../state/observable.js';
import { decodePeaks } from './peaks.js';
import { TurnRegions } from './turn-regions.js';

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
};

/** Zoom levels in pixels per second, from a whole hour on screen to single words. */
const ZOOM_LEVELS = [1, 2, 5, 10, 20, 50, 100, 200, 400];
const DEFAULT_ZOOM = 50;
/** Playback speeds the slower/faster commands step through. */
const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];

/**
 * Owns the one wavesurfer instance and its media element. Created once; a new audio file is
 * loaded into it, never a new instance. Playback time goes to listeners, never to React state.
 */
export class WaveformView extends EventEmitter<WaveformEvents> {
  private readonly media: HTMLAudioElement;
  private readonly wavesurfer: WaveSurfer;
  private readonly turns: TurnRegions;
  private readonly isPlaying = new ObservableValue(false);
  private readonly speed = new ObservableValue(1);
  /** Whether the audio is playing. */
  readonly playing: Observable<boolean> = this.isPlaying;
  /** The playback speed (0.5× to 2×). */
  readonly rate: Observable<number> = this.speed;
  private zoomLevel = DEFAULT_ZOOM;

  constructor(container: HTMLElement) {
    super();
    this.media = document.createElement('audio');
    this.media.preload = 'metadata';
    const regions = RegionsPlugin.create();
    this.wavesurfer = WaveSurfer.create({
      container,
      media: this.media,
      height: 128,
      waveColor: '#94a3b8',
      progressColor: '#475569',
      cursorColor: '#dc2626',
      cursorWidth: 2,
      barWidth: 2,
      barGap: 1,
      minPxPerSec: DEFAULT_ZOOM,
      autoScroll: true,
      autoCenter: true,
      dragToSeek: true,
      plugins: [regions, TimelinePlugin.create({ height: 18 }), ZoomPlugin.create({ scale: 0.2, maxZoom: ZOOM_LEVELS.at(-1)! })],
    });
    this.turns = new TurnRegions(regions);
    this.wavesurfer.on('ready', (duration) => {
      this.showVisibleTurns();
      this.emit('ready', duration);
    });
    this.wavesurfer.on('timeupdate', (t) => this.emit('time', t));
    this.wavesurfer.on('interaction', (t) => this.emit('seek', t));
    this.wavesurfer.on('play', () => this.isPlaying.set(true));
    this.wavesurfer.on('pause', () => this.isPlaying.set(false));
    this.wavesurfer.on('scroll', (start, end) => this.turns.show(start, end));
    this.wavesurfer.on('zoom', (pxPerSec) => {
      this.zoomLevel = pxPerSec;
      this.showVisibleTurns();
    });
    this.wavesurfer.on('error', (err) => this.emit('error', err.message));
  }

  /** Loads audio from `url` with precomputed peaks, so that nothing is decoded in the page. */
  async load(url: string, peaks: AudioPeaks): Promise<void> {
    await this.wavesurfer.load(url, [decodePeaks(peaks)], peaks.duration);
  }

  /** Stops playback and forgets the audio. */
  unload(): void {
    if (!this.loaded) return;
    this.media.pause();
    this.wavesurfer.empty();
    this.media.removeAttribute('src');
    this.media.load();
    this.emit('unload');
  }

  /** The turns drawn as regions (only those near the visible window exist at any time). */
  setTurns(spans: readonly SpeakerSpan[], colors: ReadonlyMap<string, string>): void {
    this.turns.setTurns(spans, colors);
    this.showVisibleTurns();
  }

  /** The current playhead in seconds. */
  get currentTime(): number {
    return this.wavesurfer.getCurrentTime();
  }

  /** The audio's length in seconds (0 before it is loaded). */
  get duration(): number {
    return this.wavesurfer.getDuration();
  }

  /** Whether playback is paused (or nothing is loaded). */
  get paused(): boolean {
    return this.media.paused;
  }

  /** Whether audio is loaded. */
  get loaded(): boolean {
    return this.wavesurfer.getDuration() > 0;
  }

  /** How many turn regions exist now. */
  get regionCount(): number {
    return this.turns.count;
  }

  /** Plays or pauses. */
  playPause(): void {
    void this.wavesurfer.playPause().catch((err: unknown) => this.emit('error', String(err)));
  }

  /** Moves the playhead to a time, keeping it in view. */
  seek(seconds: number): void {
    this.wavesurfer.setTime(Math.max(0, seconds));
  }

  /** Moves the playhead by `seconds` (negative for back). */
  skip(seconds: number): void {
    this.seek(this.currentTime + seconds);
  }

  /** Steps the playback speed up or down (0.5× to 2×). */
  stepRate(direction: 1 | -1): void {
    const index = Math.min(RATES.length - 1, Math.max(0, RATES.indexOf(this.speed.get()) + direction));
    this.wavesurfer.setPlaybackRate(RATES[index]!, true);
    this.speed.set(RATES[index]!);
  }

  /** Steps the zoom in or out; returns pixels per second. */
  stepZoom(direction: 1 | -1): number {
    const next = direction > 0 ? ZOOM_LEVELS.find((z) => z > this.zoomLevel) : [...ZOOM_LEVELS].reverse().find((z) => z < this.zoomLevel);
    if (next !== undefined && this.loaded) this.wavesurfer.zoom(next);
    return this.zoomLevel;
  }

  /** Stops playback, removes the waveform and drops every listener. */
  destroy(): void {
    this.unAll();
    this.wavesurfer.destroy();
  }

  private showVisibleTurns(): void {
    const width = this.wavesurfer.getWrapper().parentElement?.clientWidth ?? 0;
    const start = this.wavesurfer.getScroll() / this.zoomLevel;
    this.turns.show(start, start + width / this.zoomLevel);
  }
}
