import { join } from 'node:path';
import type { EpisodeAudio } from '../../shared/api.js';
import { errorMessage } from '../../shared/errors.js';
import { AudioChoices, findAudio, requireAudioFile } from './audio-files.js';
import { MediaFiles, type MediaFilesOptions } from './media-server.js';
import { PeaksCache } from './peaks-cache.js';
import type { PeaksComputer } from './peaks.js';

/** What the audio operations need from their host: the same services in the app and the harness, a different URL and event transport. */
export interface AudioDeps {
  /** The audio the user chose per episode. */
  readonly choices: AudioChoices;
  /** The file the renderer may load, and the answers to its requests. */
  readonly media: MediaFiles;
  /** The URL of a registered file, by its token: `episode-media://audio/<token>` in the app, `/media/<token>` in the harness. */
  mediaUrl(token: string): string;
  /** Waveform peaks, cached in the user-data folder. */
  readonly peaks: PeaksCache;
  /** Hears the progress of a peaks computation (sent to the renderer as `peaksProgress`). */
  onPeaksProgress(audioPath: string, fraction: number): void;
}

/** How to build the audio services. */
export interface AudioOptions extends MediaFilesOptions {
  readonly userDataDir: string;
  mediaUrl(token: string): string;
  onPeaksProgress(audioPath: string, fraction: number): void;
  /** Replaces ffmpeg (tests count computations). */
  readonly computePeaks?: PeaksComputer;
}

/** The folder, inside the user-data folder, that holds cached peaks. */
const PEAKS_CACHE_DIR_NAME = 'peaks-cache';

/** The audio services of one run, kept in the given user-data folder. */
export async function openAudio(options: AudioOptions): Promise<AudioDeps> {
  return {
    choices: await AudioChoices.open(options.userDataDir),
    media: new MediaFiles(options.allowOrigin ? { allowOrigin: options.allowOrigin } : {}),
    mediaUrl: options.mediaUrl,
    peaks: new PeaksCache(join(options.userDataDir, PEAKS_CACHE_DIR_NAME), options.computePeaks),
    onPeaksProgress: options.onPeaksProgress,
  };
}

/** Makes an audio file the one the media server serves, and describes it for the renderer. */
async function serveAudio(audio: AudioDeps, path: string, source: EpisodeAudio['source']): Promise<EpisodeAudio> {
  const { size } = await requireAudioFile(path);
  return { path, url: audio.mediaUrl(audio.media.register(path)), size, source };
}

/** Serves an episode's audio (the user's choice for it, else the file beside it); null, serving nothing, when it has none. */
export async function serveEpisodeAudio(audio: AudioDeps, episodePath: string): Promise<EpisodeAudio | null> {
  const found = await findAudio(episodePath, audio.choices);
  // The media server serves only the current episode's audio: none, when this episode has none.
  if (!found) audio.media.clear();
  return found ? serveAudio(audio, found.path, found.source) : null;
}

/** Serves the audio the user chose, remembered for the episode when it has a path (a new one's is remembered on Save As); failing to remember only warns. */
export async function serveChosenAudio(audio: AudioDeps, episodePath: string | undefined, path: string): Promise<EpisodeAudio> {
  await requireAudioFile(path);
  if (episodePath !== undefined) await rememberAudioFor(audio, episodePath, path);
  return serveAudio(audio, path, 'chosen');
}

/** Remembers an episode's audio (in user data, never in the episode); failing to remember only warns. */
export async function rememberAudioFor(audio: AudioDeps, episodePath: string, path: string): Promise<void> {
  await audio.choices.set(episodePath, path).catch((err: unknown) => console.warn(`audio choice not saved: ${errorMessage(err)}`));
}
