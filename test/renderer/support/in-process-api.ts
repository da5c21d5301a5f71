// The renderer's API answered in the same process by main's real handlers (real files, real parsing,
// real peaks): what the harness serves over HTTP, without the transport. Dialogs take queued answers.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Api, ApiEventName, ApiEvents } from '../../../shared/api.js';
import { createApiClient } from '../../../shared/api-client.js';
import { QueuedDialogs } from '../../../main/harness/queued-dialogs.js';
import { createApiHandlers } from '../../../main/services/api-handlers.js';
import { openAudio } from '../../../main/services/audio.js';
import { EpisodeWatcher } from '../../../main/services/episode-watcher.js';
import { EstimatedTimes } from '../../../main/services/estimated-times.js';
import { GrantedPaths } from '../../../main/services/granted-paths.js';
import { RecentFiles } from '../../../main/services/recent-files.js';
import { RecoveryStore } from '../../../main/services/recovery.js';
import { SettingsStore } from '../../../main/services/settings.js';
import { EventEmitter } from '../../../renderer/src/state/event-emitter.js';
import { REPO_ROOT } from '../../support/paths.js';

/** The events main pushes to the renderer. */
class MainEvents extends EventEmitter<ApiEvents> {
  /** Pushes an event to the listeners. */
  send<E extends ApiEventName>(event: E, ...args: ApiEvents[E]): void {
    this.emit(event, ...args);
  }
}

/** An API over main's handlers, the dialogs it asks, and a way to push events as main does. */
export interface InProcessApi {
  readonly api: Api;
  readonly dialogs: QueuedDialogs;
  /** The folder with the user data (recent files, settings, peaks cache). */
  readonly dir: string;
  /** What main was last told of the document (title, dirty). */
  readonly documentState: () => { title: string; dirty: boolean } | undefined;
  /** Pushes an event to the renderer's listeners. */
  emit<E extends ApiEventName>(event: E, ...args: ApiEvents[E]): void;
}

/** Starts main's handlers over a fresh user-data folder and gives the renderer's API on them. */
export async function inProcessApi(): Promise<InProcessApi> {
  const dir = mkdtempSync(join(tmpdir(), 'episode-renderer-'));
  const userData = join(dir, 'user-data');
  const dialogs = new QueuedDialogs();
  const events = new MainEvents();
  const emit = <E extends ApiEventName>(event: E, ...args: ApiEvents[E]) => events.send(event, ...args);
  let documentState: { title: string; dirty: boolean } | undefined;
  const granted = new GrantedPaths();
  const handlers = createApiHandlers({
    granted,
    dialogs,
    recent: await RecentFiles.open(userData),
    settings: await SettingsStore.open(userData),
    estimated: await EstimatedTimes.open(userData),
    recovery: RecoveryStore.in(userData),
    samplePath: join(REPO_ROOT, 'assets/sample/sample-episode.md'),
    initialPath: null,
    onDocumentState: (title, dirty) => (documentState = { title, dirty }),
    // Watching as in the app, with a short debounce: a test waits for the change it made.
    watcher: new EpisodeWatcher((file) => emit('episodeChangedOnDisk', file), 20),
    audio: await openAudio({ userDataDir: userData, mediaUrl: (token) => `/media/${token}`, onPeaksProgress: (audioPath, fraction) => emit('peaksProgress', { audioPath, fraction }) }),
  });
  const api: Api = {
    ...createApiClient(async (method, arg) => {
      // A renderer test names the episodes and transcripts it opens, standing for a user's pick or drop: main
      // grants those as it grants a dialog's answer (main's own tests check the refusals).
      const named = method === 'openEpisode' || method === 'openRawTranscript' ? (arg as { path?: unknown }).path : method === 'audioForEpisode' ? (arg as { episodePath?: unknown }).episodePath : undefined;
      if (typeof named === 'string') await granted.grant(named, 'episode', 'raw');
      return handlers[method](arg);
    }),
    on: (event, listener) => events.on(event, listener),
    pathForFile: () => '',
  };
  return { api, dialogs, dir, documentState: () => documentState, emit };
}
