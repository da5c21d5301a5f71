import type { Api, EpisodeAudio } from '../../../shared/api.js';
import type { WaveformView } from '../waveform/waveform-view.js';

/** What the audio pane shows. */
export type AudioState =
  | { readonly status: 'none' }
  | { readonly status: 'loading'; readonly name: string; /** Set once main reports that it computes peaks (a cache miss). */ readonly progress?: number }
  | { readonly status: 'ready'; readonly name: string; readonly duration: number }
  | { readonly status: 'error'; readonly name: string; readonly message: string };

/** Finds, loads and replaces the audio of the open episode; the waveform view does the drawing. */
export class AudioSession {
  private state: AudioState = { status: 'none' };
  private episodePath: string | undefined;
  private loadId = 0;
  private readonly listeners = new Set<(state: AudioState) => void>();

  constructor(
    private readonly api: Api,
    private readonly waveform: WaveformView,
  ) {
    waveform.on('error', (message) => {
      if (this.state.status !== 'none') this.update({ status: 'error', name: this.state.name, message: `The audio cannot be played: ${message}` });
    });
  }

  /** The current state. */
  get current(): AudioState {
    return this.state;
  }

  /** Subscribes to state changes; returns the unsubscribe function. */
  subscribe(listener: (state: AudioState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Looks for the audio of a newly opened episode (remembered choice, or a file beside it). */
  async openFor(episodePath: string | undefined): Promise<void> {
    this.episodePath = episodePath;
    const id = ++this.loadId;
    if (episodePath === undefined) return this.update({ status: 'none' });
    const audio = await this.api.audioForEpisode({ episodePath }).catch(() => null);
    if (id !== this.loadId) return;
    if (audio) await this.load(audio, id);
    else this.update({ status: 'none' });
  }

  /** File › Open Audio…: asks for a file and remembers it for this episode. */
  async choose(): Promise<void> {
    if (this.episodePath === undefined) return;
    const id = ++this.loadId;
    try {
      const audio = await this.api.chooseAudio({ episodePath: this.episodePath });
      if (audio && id === this.loadId) await this.load(audio, id);
    } catch (err) {
      this.update({ status: 'error', name: '', message: err instanceof Error ? err.message : String(err) });
    }
  }

  private async load(audio: EpisodeAudio, id: number): Promise<void> {
    const name = audio.path.split(/[\\/]/).pop() ?? audio.path;
    this.update({ status: 'loading', name });
    const stopProgress = this.api.on('peaksProgress', ({ audioPath, fraction }) => {
      if (audioPath === audio.path && id === this.loadId && this.state.status === 'loading') this.update({ status: 'loading', name, progress: fraction });
    });
    try {
      const peaks = await this.api.audioPeaks({ audioPath: audio.path });
      if (id !== this.loadId) return;
      await this.waveform.load(audio.url, peaks);
      if (id === this.loadId) this.update({ status: 'ready', name, duration: peaks.duration });
    } catch (err) {
      if (id === this.loadId) this.update({ status: 'error', name, message: err instanceof Error ? err.message : String(err) });
    } finally {
      stopProgress();
    }
  }

  private update(state: AudioState): void {
    // Only a loaded file keeps its audio: a stale one would play behind a message.
    if (state.status !== 'ready') this.waveform.unload();
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}
