import { join } from 'node:path';
import { AudioChoices } from './audio-files.js';
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
export const PEAKS_CACHE_DIR_NAME = 'peaks-cache';

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
