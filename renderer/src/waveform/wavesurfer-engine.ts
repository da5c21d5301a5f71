import WaveSurfer from 'wavesurfer.js';
import RegionsPlugin from 'wavesurfer.js/dist/plugins/regions.js';
import TimelinePlugin from 'wavesurfer.js/dist/plugins/timeline.js';
import ZoomPlugin from 'wavesurfer.js/dist/plugins/zoom.js';
import type { AudioPeaks } from '../../../shared/api.js';
import type { SpeakerSpan } from '../../../shared/episode/index.js';
import { onHeightChange, waveHeightFor } from './follow-height.js';
import { decodePeaks } from './peaks.js';
import { timelineLabel } from './timeline-label.js';
import { TurnRegions, turnIndexOf } from './turn-regions.js';

/** Zoom levels in pixels per second, from a whole hour on screen to single words. */
const ZOOM_LEVELS = [1, 2, 5, 10, 20, 50, 100, 200, 400];
const DEFAULT_ZOOM = 50;
/** The timeline's strip below the waveform, in pixels. */
const TIMELINE_HEIGHT = 18;
/** The drawing's height until the container has been measured (it is hidden until audio is ready). */
const INITIAL_HEIGHT = 128;

/** What the engine tells its owner. */
export interface EngineEvents {
  readonly ready: (duration: number) => void;
  readonly time: (seconds: number) => void;
  readonly seek: (seconds: number) => void;
  readonly play: () => void;
  readonly pause: () => void;
  readonly error: (message: string) => void;
  /** The user dragged a turn region's start: the turn at item `index` should start at `seconds`. */
  readonly turnStart: (index: number, seconds: number) => void;
}

/**
 * wavesurfer.js with its plugins and the turn regions, in a chunk of its own: loaded after the first
 * screen, or when audio arrives, so that opening a transcript never waits for it.
 */
export class WavesurferEngine {
  private readonly wavesurfer: WaveSurfer;
  private readonly turns: TurnRegions;
  private zoomLevel = DEFAULT_ZOOM;
  private height = INITIAL_HEIGHT;
  private readonly unfollowHeight: () => void;

  constructor(private readonly container: HTMLElement, media: HTMLAudioElement, on: EngineEvents) {
    const regions = RegionsPlugin.create();
    this.wavesurfer = WaveSurfer.create({
      container,
      media,
      height: INITIAL_HEIGHT,
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
      plugins: [regions, TimelinePlugin.create({ height: TIMELINE_HEIGHT, formatTimeCallback: timelineLabel }), ZoomPlugin.create({ scale: 0.2, maxZoom: ZOOM_LEVELS.at(-1)! })],
    });
    this.turns = new TurnRegions(regions);
    this.wavesurfer.on('ready', (duration) => {
      this.fitHeight();
      this.showVisibleTurns();
      on.ready(duration);
    });
    this.wavesurfer.on('timeupdate', on.time);
    this.wavesurfer.on('interaction', on.seek);
    this.wavesurfer.on('play', on.play);
    this.wavesurfer.on('pause', on.pause);
    this.wavesurfer.on('scroll', (start, end) => this.turns.show(start, end));
    this.wavesurfer.on('zoom', (pxPerSec) => {
      this.zoomLevel = pxPerSec;
      this.fitHeight();
      this.showVisibleTurns();
    });
    this.wavesurfer.on('error', (err) => on.error(err.message));
    regions.on('region-updated', (region, side) => {
      const index = turnIndexOf(region.id);
      if (index !== undefined && side === 'start') on.turnStart(index, region.start);
    });
    this.unfollowHeight = onHeightChange(container, () => this.fitHeight());
  }

  /** Loads audio from `url` with precomputed peaks, so that nothing is decoded in the page. */
  load(url: string, peaks: AudioPeaks): Promise<void> {
    return this.wavesurfer.load(url, [decodePeaks(peaks)], peaks.duration);
  }

  /** Forgets the drawn audio. */
  empty(): void {
    this.wavesurfer.empty();
  }

  /** The turns drawn as regions. */
  setTurns(spans: readonly SpeakerSpan[], colors: ReadonlyMap<string, string>): void {
    this.turns.setTurns(spans, colors);
    this.showVisibleTurns();
  }

  /** The playhead in seconds. */
  get currentTime(): number {
    return this.wavesurfer.getCurrentTime();
  }

  /** The audio's length in seconds (0 before it is loaded). */
  get duration(): number {
    return this.wavesurfer.getDuration();
  }

  /** Plays or pauses. */
  playPause(): Promise<void> {
    return this.wavesurfer.playPause();
  }

  /** Plays from `start` to `end` (seconds). */
  playRange(start: number, end: number): Promise<void> {
    return this.wavesurfer.play(start, end);
  }

  /** Moves the playhead, keeping it in view. */
  setTime(seconds: number): void {
    this.wavesurfer.setTime(seconds);
  }

  /** Sets the playback speed, keeping the pitch. */
  setRate(rate: number): void {
    this.wavesurfer.setPlaybackRate(rate, true);
  }

  /** Steps the zoom in or out; returns pixels per second. */
  stepZoom(direction: 1 | -1): number {
    const next = direction > 0 ? ZOOM_LEVELS.find((z) => z > this.zoomLevel) : [...ZOOM_LEVELS].reverse().find((z) => z < this.zoomLevel);
    if (next !== undefined && this.duration > 0) this.wavesurfer.zoom(next);
    return this.zoomLevel;
  }

  /** Removes the waveform. */
  destroy(): void {
    this.unfollowHeight();
    this.wavesurfer.destroy();
  }

  /**
   * Draws the waveform as tall as the container allows. One option redraws the peaks already there (no
   * new instance, no decoding); the regions and the timeline, laid out over and below the drawing,
   * follow it. Run on resize, and when the scroll bar may have come or gone (loaded, zoomed).
   */
  private fitHeight(): void {
    const height = waveHeightFor(this.container.clientHeight, this.belowDrawing());
    if (height === undefined || height === this.height) return;
    this.height = height;
    this.wavesurfer.setOptions({ height });
  }

  /** What the container holds under the drawing: the timeline, and the scroll bar when the audio is wider than the view. */
  private belowDrawing(): number {
    const scroll = this.wavesurfer.getWrapper().parentElement;
    return TIMELINE_HEIGHT + (scroll ? scroll.offsetHeight - scroll.clientHeight : 0);
  }

  private showVisibleTurns(): void {
    const width = this.wavesurfer.getWrapper().parentElement?.clientWidth ?? 0;
    const start = this.wavesurfer.getScroll() / this.zoomLevel;
    this.turns.show(start, start + width / this.zoomLevel);
  }
}
