import type { Api, AudioPeaks, EpisodeAudio } from '../../../shared/api.js';
import { ObservableValue, type Observable } from '../state/observable.js';
import { errorMessage } from '../../../shared/errors.js';
import { baseName } from '../../../shared/paths.js';

/** What the audio pane shows. */
export type AudioState =
  | { readonly status: 'none' }
  | { readonly status: 'loading'; readonly name: string; /** Set once main reports that it computes peaks (a cache miss). */ readonly progress?: number }
  | { readonly status: 'ready'; readonly name: string; readonly duration: number }
  | { readonly status: 'error'; readonly name: string; readonly message: string };

/** What the audio session needs of the waveform: loading, unloading, and playback failures. */
export interface AudioOutput {
  /** Loads audio from `url` with precomputed peaks. */
  load(url: string, peaks: AudioPeaks): Promise<void>;
  /** Stops playback and forgets the audio. */
  unload(): void;
  /** Subscribes to playback failures; returns the unsubscribe function. */
  on(event: 'error', listener: (message: string) => void): () => void;
}

/** Finds, loads and replaces the audio of the open episode; the waveform view does the drawing. */
export class AudioSession {
  private readonly value = new ObservableValue<AudioState>({ status: 'none' });
  /** What the audio pane shows. */
  readonly state: Observable<AudioState> = this.value;
  private episodePath: string | undefined;
  /** The audio loaded and shown, while it is. */
  private shown: EpisodeAudio | undefined;
  /** Each load's number: a load that a newer one overtook (another episode, another file) drops its result. */
  private loadId = 0;
  private readonly stopListening: () => void;

  constructor(
    private readonly api: Api,
    private readonly output: AudioOutput,
  ) {
    this.stopListening = output.on('error', (message) => {
      const state = this.current;
      if (state.status !== 'none') this.update({ status: 'error', name: state.name, message: `The audio cannot be played: ${message}` });
    });
  }

  /** The current state. */
  get current(): AudioState {
    return this.value.get();
  }

  /** The file of the audio loaded, while one is. */
  get audioPath(): string | undefined {
    return this.shown?.path;
  }

  /** Looks for the audio of a newly opened episode (remembered choice, or a file beside it). */
  async openFor(episodePath: string | undefined): Promise<void> {
    this.episodePath = episodePath;
    const id = ++this.loadId;
    if (episodePath === undefined) return this.update({ status: 'none' });
    const audio = await this.api.audioForEpisode({ episodePath }).catch(() => null);
    if (id !== this.loadId) return;
    // The same file, served as before (Save As took it along): it plays on, undisturbed.
    if (audio && audio.url === this.shown?.url) return;
    if (audio) await this.load(audio, id);
    else this.update({ status: 'none' });
  }

  /** File › Open Audio…: asks for a file and remembers it for this episode (a new episode's, once Save As gives it a path). */
  async choose(): Promise<void> {
    const id = ++this.loadId;
    const { episodePath } = this;
    try {
      const audio = await this.api.chooseAudio(episodePath === undefined ? {} : { episodePath });
      if (audio && id === this.loadId) await this.load(audio, id);
    } catch (err) {
      if (id === this.loadId) this.update({ status: 'error', name: '', message: errorMessage(err) });
    }
  }

  /** Stops following the waveform. */
  destroy(): void {
    this.loadId++;
    this.stopListening();
  }

  private async load(audio: EpisodeAudio, id: number): Promise<void> {
    const name = baseName(audio.path);
    this.update({ status: 'loading', name });
    const stopProgress = this.api.on('peaksProgress', ({ audioPath, fraction }) => {
      if (audioPath === audio.path && id === this.loadId && this.current.status === 'loading') this.update({ status: 'loading', name, progress: fraction });
    });
    try {
      const peaks = await this.api.audioPeaks({ audioPath: audio.path });
      if (id !== this.loadId) return;
      await this.output.load(audio.url, peaks);
      if (id !== this.loadId) return;
      this.update({ status: 'ready', name, duration: peaks.duration });
      this.shown = audio;
    } catch (err) {
      if (id === this.loadId) this.update({ status: 'error', name, message: errorMessage(err) });
    } finally {
      stopProgress();
    }
  }

  private update(state: AudioState): void {
    // Only a loaded file keeps its audio: a stale one would play behind a message.
    if (state.status !== 'ready') {
      this.output.unload();
      this.shown = undefined;
    }
    this.value.set(state);
  }
}
