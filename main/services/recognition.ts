import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CaptionWord } from '../../shared/align/index.js';

/** What the recognition worker is given. */
export interface RecognitionRequest {
  readonly audioPath: string;
  /** The episode's turns' lines, in order: the words the recogniser expects. */
  readonly texts: readonly string[];
  /** Parallel to `texts`: each turn's start where already known (null where not), placing the windows. */
  readonly knownSecs?: readonly (number | null)[];
  /** Recognise only the audio around the turns without a known time, whose known neighbours bound it. */
  readonly skipKnown?: boolean;
}

/** What the recognition worker posts: progress now and then, then the words or why not. */
export type RecognitionMessage = { readonly progress: number } | { readonly words: readonly CaptionWord[] } | { readonly error: string };

/**
 * The worker's script beside the running bundle (the CLI's, the harness's, the app's: build.mjs writes
 * one beside each); in the packaged app, its copy unpacked beside app.asar (electron-builder.yml). Run
 * from the TypeScript sources (the tests), which a worker thread cannot load: the CLI's build.
 */
export const RECOGNITION_WORKER_URL = workerScript(new URL('./recognition-worker.js', import.meta.url));

function workerScript(beside: URL): URL {
  if (fileURLToPath(beside).endsWith(`${sep}main${sep}services${sep}recognition-worker.js`)) return new URL('../../build/cli/recognition-worker.js', import.meta.url);
  return unpacked(beside);
}

/** The file's copy in app.asar.unpacked when it is inside app.asar and unpacked; else the file. */
function unpacked(url: URL): URL {
  const path = fileURLToPath(url);
  const outside = path.replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`);
  return outside !== path && existsSync(outside) ? pathToFileURL(outside) : url;
}

/**
 * Speech recognition of an episode's audio, off the main thread: one worker thread a run (its memory
 * all given back when it ends), one run at a time. A new run or `cancel` stops the one under way.
 */
export class AudioRecognition {
  private running: { readonly worker: Worker; readonly settle: (words: readonly CaptionWord[] | null) => void } | undefined;

  constructor(
    /** Hears the progress of the run under way, 0 to 1. */
    private readonly onProgress: (fraction: number) => void,
    private readonly workerUrl: URL = RECOGNITION_WORKER_URL,
  ) {}

  /** The words said in the audio with their times; null when cancelled. Rejects when the audio cannot be read or recognised. */
  recognise(request: RecognitionRequest): Promise<readonly CaptionWord[] | null> {
    this.cancel();
    return new Promise((resolve, reject) => {
      const worker = new Worker(this.workerUrl, { workerData: request });
      let settled = false;
      const settle = (finish: () => void) => {
        if (settled) return;
        settled = true;
        if (this.running?.worker === worker) this.running = undefined;
        void worker.terminate();
        finish();
      };
      this.running = { worker, settle: (words) => settle(() => resolve(words)) };
      worker.on('message', (message: RecognitionMessage) => {
        // A cancelled worker's last messages may still arrive: they are not the next run's progress.
        if ('progress' in message) {
          if (!settled) this.onProgress(message.progress);
        }
        else if ('words' in message) settle(() => resolve(message.words));
        else settle(() => reject(new Error(message.error)));
      });
      worker.on('error', (err) => settle(() => reject(err)));
      worker.on('exit', (code) => settle(() => reject(new Error(`speech recognition stopped (exit code ${code})`))));
    });
  }

  /** Stops the run under way, if any (its promise gives null). */
  cancel(): void {
    this.running?.settle(null);
  }
}
