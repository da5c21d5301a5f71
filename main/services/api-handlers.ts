import { stat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import { API_METHODS, type ApiHandlers, type ApiMethod, type EpisodeAudio, type EpisodeFile, type SavedFile } from '../../shared/api.js';
import { parseEpisode } from '../../shared/episode/index.js';
import { findAudio, requireAudioFile } from './audio-files.js';
import type { AudioDeps } from './audio.js';
import { readTextFile, writeFileAtomic } from './files.js';
import { isSameFile, requireEpisodeFile, requireSaveTarget } from './paths.js';
import type { RecentFiles } from './recent-files.js';
import type { SettingsStore } from './settings.js';
import { optionalString, requireBoolean, requireNoArgument, requireNumber, requireRecord, requireString } from './validate-args.js';

/** What the user answers when asked about unsaved changes. */
export type DiscardAnswer = 'save' | 'discard' | 'cancel';

/** The questions main asks the user: native dialogs in the app, answers queued by a test in the harness. */
export interface Dialogs {
  /** Asks for an episode file to open; null when cancelled. */
  pickEpisodeToOpen(): Promise<string | null>;
  /** Asks where to save, starting from a suggested path or bare file name; null when cancelled. */
  pickSavePath(suggested?: string): Promise<string | null>;
  /** Asks what to do with the unsaved changes of the named document. */
  confirmDiscard(name: string): Promise<DiscardAnswer>;
  /** Asks for an audio file (File › Open Audio…); null when cancelled. */
  pickAudio(): Promise<string | null>;
  /** Asks for a raw transcript, captions or chapter list to import; null when cancelled. */
  pickRawTranscript(): Promise<string | null>;
}

/** What the handlers need from their host (the Electron app or the harness). */
export interface ApiDeps {
  readonly dialogs: Dialogs;
  readonly recent: RecentFiles;
  /** The bundled sample episode: shown when no file was given, never overwritten. */
  readonly samplePath: string;
  /** An absolute path given on the command line, shown first instead of the sample. */
  readonly initialPath?: string | null;
  /** Hears the document's title and unsaved state (window title, close guard). */
  onDocumentState(title: string, dirty: boolean): void;
  /** Finding, serving and drawing the episode's audio. */
  readonly audio: AudioDeps;
  /** Settings kept across episodes. */
  readonly settings: SettingsStore;
}

/** The handlers as a transport calls them: the argument arrives unchecked, and each handler checks it. */
export type CheckedApiHandlers = { readonly [M in ApiMethod]: (arg?: unknown) => ReturnType<ApiHandlers[M]> };

// Checked handlers accept anything, so they also serve every typed caller of the contract.
const _servesContract: CheckedApiHandlers extends ApiHandlers ? true : never = true;
void _servesContract;

/** True for the name of an operation (names arriving over HTTP). */
export function isApiMethod(name: string): name is ApiMethod {
  return (API_METHODS as readonly string[]).includes(name);
}

/** Every operation of the contract, over real files: arguments checked, then the services called. */
export function createApiHandlers(deps: ApiDeps): CheckedApiHandlers {
  const isSample = (path: string) => isSameFile(path, deps.samplePath);

  /** Reads an episode; fails with the engine's file:line:col message when it is not one. */
  async function readEpisode(path: string): Promise<EpisodeFile> {
    // Stat before reading: if the file changes in between, the older mtime errs towards "changed on disk".
    const { mtimeMs } = await requireEpisodeFile(path);
    // The renderer parses what it shows (and reports a bad file by file and line), so reading does not parse twice.
    const text = await readTextFile(path);
    return (await isSample(path)) ? { path, text, mtimeMs, sample: true } : { path, text, mtimeMs };
  }

  /** Reads an episode the user chose and remembers it; forgets a remembered file that is gone. */
  async function openAndRemember(path: string): Promise<EpisodeFile> {
    let file: EpisodeFile;
    try {
      file = await readEpisode(path);
    } catch (err) {
      const gone = await stat(path).then(() => false, () => true);
      if (gone) await remember(() => deps.recent.remove(path));
      throw err;
    }
    if (!file.sample) await remember(() => deps.recent.add(path));
    return file;
  }

  /** Updates the recent list; a failure there (full disk) must not fail the open or save around it. */
  async function remember(update: () => Promise<void>): Promise<void> {
    await update().catch((err: unknown) => console.warn(`recent files not saved: ${String(err)}`));
  }

  /** Checks that the text is a whole episode file before anything touches the disk. */
  function requireEpisodeText(text: string, path: string): void {
    try {
      parseEpisode(text, path);
    } catch (err) {
      throw new Error(`Not saved: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** Writes a checked episode text atomically, never over the sample. */
  async function write(path: string, text: string): Promise<SavedFile> {
    if (await isSample(path)) {
      throw new Error(`Not saved: ${path} is the bundled sample episode, which is never overwritten; use Save As`);
    }
    await requireSaveTarget(path);
    requireEpisodeText(text, path);
    await writeFileAtomic(path, text);
    const { mtimeMs } = await stat(path);
    await remember(() => deps.recent.add(path));
    return { path, mtimeMs };
  }

  /** Makes an audio file the one the media server serves, and describes it for the renderer. */
  async function serveAudio(path: string, source: EpisodeAudio['source']): Promise<EpisodeAudio> {
    const { size } = await requireAudioFile(path);
    return { path, url: deps.audio.mediaUrl(deps.audio.media.register(path)), size, source };
  }

  return {
    async initialEpisode(arg) {
      requireNoArgument('initialEpisode', arg);
      return deps.initialPath ? openAndRemember(deps.initialPath) : readEpisode(deps.samplePath);
    },

    async openEpisode(arg) {
      const req = requireRecord('openEpisode', arg, ['path']);
      const path = optionalString('openEpisode', req.path, 'path') ?? (await deps.dialogs.pickEpisodeToOpen());
      return path === null ? null : openAndRemember(path);
    },

    async saveEpisode(arg) {
      const req = requireRecord('saveEpisode', arg, ['path', 'text', 'baseMtimeMs']);
      const path = requireString('saveEpisode', req.path, 'path');
      const text = requireString('saveEpisode', req.text, 'text');
      if (req.baseMtimeMs !== undefined) {
        const base = requireNumber('saveEpisode', req.baseMtimeMs, 'baseMtimeMs');
        // Another program (an editor, git) wrote the file since it was read: never overwrite that silently.
        const now = await stat(path).then((s) => s.mtimeMs, () => undefined);
        if (now !== undefined && now !== base) return { conflict: 'changed-on-disk', path, mtimeMs: now };
      }
      return write(path, text);
    },

    async saveEpisodeAs(arg) {
      const req = requireRecord('saveEpisodeAs', arg, ['text', 'suggestedPath']);
      const text = requireString('saveEpisodeAs', req.text, 'text');
      const suggested = optionalString('saveEpisodeAs', req.suggestedPath, 'suggestedPath');
      // Refuse before the dialog: asking for a place to save text that cannot be saved wastes the user's time.
      requireEpisodeText(text, suggested ?? 'episode.md');
      // The sample's own folder is read-only in an installed app: suggest only its name.
      const suggestion = suggested && !(await isSample(suggested)) ? suggested : basename(suggested ?? 'episode.md');
      const path = await deps.dialogs.pickSavePath(suggestion);
      return path === null ? null : write(path, text);
    },

    async recentFiles(arg) {
      requireNoArgument('recentFiles', arg);
      return deps.recent.list();
    },

    async confirmDiscard(arg) {
      const req = requireRecord('confirmDiscard', arg, ['name']);
      return deps.dialogs.confirmDiscard(requireString('confirmDiscard', req.name, 'name'));
    },

    async setDocumentState(arg) {
      const req = requireRecord('setDocumentState', arg, ['title', 'dirty']);
      deps.onDocumentState(requireString('setDocumentState', req.title, 'title'), requireBoolean('setDocumentState', req.dirty, 'dirty'));
    },

    async audioForEpisode(arg) {
      const req = requireRecord('audioForEpisode', arg, ['episodePath']);
      const episodePath = requireString('audioForEpisode', req.episodePath, 'episodePath');
      await requireEpisodeFile(episodePath);
      const found = await findAudio(episodePath, deps.audio.choices);
      // The media server serves only the current episode's audio: none, when this episode has none.
      if (!found) deps.audio.media.clear();
      return found ? serveAudio(found.path, found.source) : null;
    },

    async chooseAudio(arg) {
      const req = requireRecord('chooseAudio', arg, ['episodePath', 'path']);
      const episodePath = requireString('chooseAudio', req.episodePath, 'episodePath');
      await requireEpisodeFile(episodePath);
      const path = optionalString('chooseAudio', req.path, 'path') ?? (await deps.dialogs.pickAudio());
      if (path === null) return null;
      await requireAudioFile(path);
      await deps.audio.choices.set(episodePath, path).catch((err: unknown) => console.warn(`audio choice not saved: ${String(err)}`));
      return serveAudio(path, 'chosen');
    },

    async audioPeaks(arg) {
      const req = requireRecord('audioPeaks', arg, ['audioPath']);
      const audioPath = requireString('audioPeaks', req.audioPath, 'audioPath');
      await requireAudioFile(audioPath);
      return deps.audio.peaks.get(audioPath, (fraction) => deps.audio.onPeaksProgress(audioPath, fraction));
    },

    async settings(arg) {
      requireNoArgument('settings', arg);
      return deps.settings.get();
    },

    async updateSettings(arg) {
      const req = requireRecord('updateSettings', arg, ['hostName']);
      const hostName = optionalString('updateSettings', req.hostName, 'hostName');
      return deps.settings.update(hostName === undefined ? {} : { hostName });
    },

    async openRawTranscript(arg) {
      const req = requireRecord('openRawTranscript', arg, ['path']);
      const path = optionalString('openRawTranscript', req.path, 'path') ?? (await deps.dialogs.pickRawTranscript());
      if (path === null) return null;
      if (!isAbsolute(path)) throw new Error(`${path}: not an absolute path`);
      return { path, text: await readTextFile(path) };
    },
  };
}
