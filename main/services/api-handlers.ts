import { API_METHODS, type ApiHandlers, type ApiMethod, type DiscardAnswer, type EpisodeFile, type EstimatedMark } from '../../shared/api.js';
import { errorMessage } from '../../shared/errors.js';
import { MAX_EPISODE_CHARS } from '../../shared/episode/index.js';
import { requireAudioFile } from './audio-files.js';
import { rememberAudioFor, serveChosenAudio, serveEpisodeAudio, type AudioDeps } from './audio.js';
import type { EpisodeWatcher } from './episode-watcher.js';
import { contentHash, EpisodeFiles, requireEpisodeText } from './episodes.js';
import { exportTo } from './exports.js';
import { MAX_ESTIMATED_MARKS, type EstimatedTimes } from './estimated-times.js';
import { readRawTranscript } from './raw-transcript.js';
import type { GrantedPaths, PathUse } from './granted-paths.js';
import { requireEpisodeFile } from './paths.js';
import type { RecentFiles } from './recent-files.js';
import { MAX_RECOVERY_TEXT, type RecoveryStore } from './recovery.js';
import type { SettingsStore } from './settings.js';
import { isDictionaryWord, MAX_DICTIONARY_WORD_LENGTH, MAX_DICTIONARY_WORDS } from './podcast-dictionaries.js';
import type { AudioRecognition } from './recognition.js';
import { MAX_ORDERED_SPEAKERS } from './speaker-orders.js';
import { optionalAbsolutePath, optionalBoolean, optionalEstimatedMarks, optionalHash, optionalString, requireBoolean, requireAbsolutePath, requireNames, requireNoArgument, requireNumber, requireRecord, requireString } from './validate-args.js';

/** The questions main asks the user: native dialogs in the app, answers queued by a test in the harness. */
export interface Dialogs {
  /** Asks for an episode file to open; null when cancelled. */
  pickEpisodeToOpen(): Promise<string | null>;
  /** Asks where to save, starting from a suggested path or bare file name; null when cancelled. */
  pickSavePath(suggested?: string): Promise<string | null>;
  /** Asks what to do with the unsaved changes of the named document. */
  confirmDiscard(name: string): Promise<DiscardAnswer>;
  /** Asks whether to overwrite a file another program changed since it was opened: true for Overwrite, false for Cancel. */
  confirmOverwrite(path: string): Promise<boolean>;
  /** Asks for an audio file (File › Open Audio…); null when cancelled. */
  pickAudio(): Promise<string | null>;
  /** Asks for a raw transcript, captions or chapter list to import; null when cancelled. */
  pickRawTranscript(): Promise<string | null>;
  /** Asks where to write an export, starting from a suggested path; null when cancelled. */
  pickExportPath(suggested: string): Promise<string | null>;
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
  /** Which turns of each saved episode have estimated times. */
  readonly estimated: EstimatedTimes;
  /** The unsaved work kept for crash recovery. */
  readonly recovery: RecoveryStore;
  /** The files the user chose: the only ones a path from the page may name. */
  readonly granted: GrantedPaths;
  /** Watches the open episode for changes on disk (none: nothing is watched). */
  readonly watcher?: EpisodeWatcher;
  /** Speech recognition of an episode's audio, in a worker thread (none: Align to Audio is refused). */
  readonly recognition?: AudioRecognition;
}

/** The most turns' lines one recognition takes: far above any real episode. */
const MAX_RECOGNITION_TEXTS = 100_000;

/** Times parallel to the texts: each a number of seconds of at least 0, or null. */
function requireKnownSecs(op: string, value: unknown, length: number): (number | null)[] {
  if (!Array.isArray(value) || value.length !== length) throw new Error(`${op}: "knownSecs" must be an array as long as "texts" (${length})`);
  return value.map((sec, i) => {
    if (sec === null) return null;
    const seconds = requireNumber(op, sec, `knownSecs[${i}]`);
    if (seconds < 0) throw new Error(`${op}: "knownSecs[${i}]" must be at least 0, got ${seconds}`);
    return seconds;
  });
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
  const episodes = new EpisodeFiles(deps.samplePath, deps.recent);
  const { granted } = deps;
  // The page's recovery calls are checked asynchronously (granted paths read the disk), so two could cross;
  // a clear sent after a save must run after it, and a read after both.
  let recoveryCalls: Promise<unknown> = Promise.resolve();
  const inArrivalOrder = <T>(call: () => Promise<T>): Promise<T> => {
    const result = recoveryCalls.then(call, call);
    recoveryCalls = result.catch(() => undefined);
    return result;
  };
  // What main itself put in front of the user: the sample, the file it was started on, the files it lists as recent.
  void granted.grant(deps.samplePath, 'episode');
  if (deps.initialPath) void granted.grant(deps.initialPath, 'episode');
  for (const path of deps.recent.list()) void granted.grant(path, 'episode');
  // A new episode has no folder yet: its podcast is the one the user last opened an episode from
  // (else the bundled sample's, for words added before any episode was opened).
  const dictionaryEpisode = (episodePath: string | undefined) => episodePath ?? deps.recent.list()[0] ?? deps.samplePath;
  /** A path the page sent, once the user chose it for that use; else the one a dialog answers, granted (null when cancelled). */
  const chosen = async (op: string, path: string | undefined, use: PathUse, ask: () => Promise<string | null>): Promise<string | null> => {
    if (path !== undefined) {
      await granted.require(op, path, use);
      return path;
    }
    const picked = await ask();
    if (picked !== null) await granted.grant(picked, use);
    return picked;
  };
  /** Runs a save of `text` to `path` that the watcher must not report as a change by others. */
  const ownWrite = async <T extends object>(path: string, text: string, save: () => Promise<T>): Promise<T> => {
    const done = deps.watcher?.beginWrite(path, contentHash(text));
    let written = false;
    try {
      const saved = await save();
      written = !('conflict' in saved);
      return saved;
    } finally {
      done?.(written);
    }
  };
  /** Where the user put each export (by its suggested path), for Export Again. */
  const exportPlaces = new Map<string, string>();
  /** The file with the marks remembered for its path, if any. */
  const withMarks = (file: EpisodeFile): EpisodeFile => {
    const estimated = deps.estimated.get(file.path);
    return estimated ? { ...file, estimated } : file;
  };
  /** Remembers the marks of a file just written; a failure there (full disk) must not fail the save. */
  const rememberMarks = (path: string, marks: readonly EstimatedMark[]) =>
    deps.estimated.set(path, marks).catch((err: unknown) => console.warn(`estimated times not saved: ${errorMessage(err)}`));

  return {
    async initialEpisode(arg) {
      requireNoArgument('initialEpisode', arg);
      // Main's own setting (the command line, the OS's "open with" before the window): given by the user.
      if (deps.initialPath) await granted.grant(deps.initialPath, 'episode');
      return withMarks(deps.initialPath ? await episodes.open(deps.initialPath) : await episodes.readSample());
    },

    async openEpisode(arg) {
      const req = requireRecord('openEpisode', arg, ['path']);
      const path = await chosen('openEpisode', optionalString('openEpisode', req.path, 'path'), 'episode', () => deps.dialogs.pickEpisodeToOpen());
      return path === null ? null : withMarks(await episodes.open(path));
    },

    async saveEpisode(arg) {
      const req = requireRecord('saveEpisode', arg, ['path', 'text', 'baseHash', 'confirmOverwrite', 'estimated']);
      const path = requireString('saveEpisode', req.path, 'path');
      const text = requireString('saveEpisode', req.text, 'text');
      const base = optionalHash('saveEpisode', req.baseHash, 'baseHash');
      const ask = optionalBoolean('saveEpisode', req.confirmOverwrite, 'confirmOverwrite') ?? false;
      const marks = optionalEstimatedMarks('saveEpisode', req.estimated, 'estimated', MAX_ESTIMATED_MARKS);
      await granted.require('saveEpisode', path, 'episode');
      const saved = await ownWrite(path, text, () => episodes.saveUnlessChanged(path, text, base, ask ? () => deps.dialogs.confirmOverwrite(path) : undefined));
      if (!('conflict' in saved)) await rememberMarks(saved.path, marks);
      return saved;
    },

    async saveEpisodeAs(arg) {
      const req = requireRecord('saveEpisodeAs', arg, ['text', 'suggestedPath', 'estimated', 'audioPath', 'speakerOrder', 'dictionaryWords']);
      const text = requireString('saveEpisodeAs', req.text, 'text');
      const suggested = optionalString('saveEpisodeAs', req.suggestedPath, 'suggestedPath');
      const marks = optionalEstimatedMarks('saveEpisodeAs', req.estimated, 'estimated', MAX_ESTIMATED_MARKS);
      const audioPath = optionalString('saveEpisodeAs', req.audioPath, 'audioPath');
      if (audioPath !== undefined) await granted.require('saveEpisodeAs', audioPath, 'audio');
      const speakerOrder = req.speakerOrder === undefined ? undefined : requireNames('saveEpisodeAs', req.speakerOrder, 'speakerOrder', MAX_ORDERED_SPEAKERS);
      const dictionaryWords = req.dictionaryWords === undefined ? [] : requireNames('saveEpisodeAs', req.dictionaryWords, 'dictionaryWords', MAX_DICTIONARY_WORDS).filter(isDictionaryWord);
      // Refuse before the dialog: asking for a place to save text that cannot be saved wastes the user's time.
      requireEpisodeText(text, suggested ?? 'episode.md');
      const path = await deps.dialogs.pickSavePath(await episodes.saveAsSuggestion(suggested));
      if (path === null) return null;
      await granted.grant(path, 'episode');
      const saved = await ownWrite(path, text, () => episodes.save(path, text));
      await rememberMarks(saved.path, marks);
      // The audio follows the episode to its new place (another folder has no audio beside it).
      if (audioPath !== undefined) await rememberAudioFor(deps.audio, saved.path, audioPath);
      // So does the order of its speakers (a new episode's was kept only in the window).
      if (speakerOrder !== undefined) await deps.settings.speakerOrders.set(saved.path, speakerOrder);
      for (const word of dictionaryWords) await deps.settings.dictionaries.add(saved.path, word);
      return saved;
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
      await granted.require('audioForEpisode', episodePath, 'episode');
      await requireEpisodeFile(episodePath);
      // The audio beside a chosen episode, or the one chosen for it before (kept by main in user data).
      const audio = await serveEpisodeAudio(deps.audio, episodePath);
      if (audio) await granted.grant(audio.path, 'audio');
      return audio;
    },

    async chooseAudio(arg) {
      const req = requireRecord('chooseAudio', arg, ['episodePath', 'path']);
      // A new episode has no path yet: its audio is remembered when Save As gives it one.
      const episodePath = optionalString('chooseAudio', req.episodePath, 'episodePath');
      if (episodePath !== undefined) {
        await granted.require('chooseAudio', episodePath, 'episode');
        await requireEpisodeFile(episodePath);
      }
      const path = await chosen('chooseAudio', optionalString('chooseAudio', req.path, 'path'), 'audio', () => deps.dialogs.pickAudio());
      return path === null ? null : serveChosenAudio(deps.audio, episodePath, path);
    },

    async audioPeaks(arg) {
      const req = requireRecord('audioPeaks', arg, ['audioPath']);
      const audioPath = requireString('audioPeaks', req.audioPath, 'audioPath');
      await granted.require('audioPeaks', audioPath, 'audio');
      await requireAudioFile(audioPath);
      return deps.audio.peaks.get(audioPath, (fraction) => deps.audio.onPeaksProgress(audioPath, fraction));
    },

    async settings(arg) {
      requireNoArgument('settings', arg);
      return deps.settings.get();
    },

    async updateSettings(arg) {
      const req = requireRecord('updateSettings', arg, ['hostName', 'advanceAfterAssign', 'waveformHeight', 'spellCheck']);
      const hostName = optionalString('updateSettings', req.hostName, 'hostName');
      const advanceAfterAssign = optionalBoolean('updateSettings', req.advanceAfterAssign, 'advanceAfterAssign');
      const waveformHeight = req.waveformHeight === undefined ? undefined : requireNumber('updateSettings', req.waveformHeight, 'waveformHeight');
      const spellCheck = optionalBoolean('updateSettings', req.spellCheck, 'spellCheck');
      return deps.settings.update({
        ...(spellCheck !== undefined && { spellCheck }),
        ...(hostName !== undefined && { hostName }),
        ...(advanceAfterAssign !== undefined && { advanceAfterAssign }),
        ...(waveformHeight !== undefined && { waveformHeight }),
      });
    },

    async speakerOrder(arg) {
      const req = requireRecord('speakerOrder', arg, ['path']);
      return deps.settings.speakerOrders.get(requireAbsolutePath('speakerOrder', req.path, 'path'));
    },

    async setSpeakerOrder(arg) {
      const req = requireRecord('setSpeakerOrder', arg, ['path', 'names']);
      const path = requireAbsolutePath('setSpeakerOrder', req.path, 'path');
      await deps.settings.speakerOrders.set(path, requireNames('setSpeakerOrder', req.names, 'names', MAX_ORDERED_SPEAKERS));
    },

    async podcastDictionary(arg) {
      const req = requireRecord('podcastDictionary', arg, ['episodePath']);
      return deps.settings.dictionaries.words(dictionaryEpisode(optionalAbsolutePath('podcastDictionary', req.episodePath, 'episodePath')));
    },

    async addToDictionary(arg) {
      const op = 'addToDictionary';
      const req = requireRecord(op, arg, ['episodePath', 'word']);
      const episodePath = dictionaryEpisode(optionalAbsolutePath(op, req.episodePath, 'episodePath'));
      const word = requireString(op, req.word, 'word');
      if (!isDictionaryWord(word)) throw new Error(`${op}: "word" must be one word of at most ${MAX_DICTIONARY_WORD_LENGTH} characters`);
      return deps.settings.dictionaries.add(episodePath, word);
    },

    async recogniseAudio(arg) {
      const op = 'recogniseAudio';
      const req = requireRecord(op, arg, ['audioPath', 'texts', 'knownSecs', 'skipKnown']);
      const audioPath = requireAbsolutePath(op, req.audioPath, 'audioPath');
      await granted.require(op, audioPath, 'audio');
      const texts = requireNames(op, req.texts, 'texts', MAX_RECOGNITION_TEXTS);
      if (texts.reduce((n, t) => n + t.length, 0) > MAX_EPISODE_CHARS) throw new Error(`${op}: "texts" hold more than ${MAX_EPISODE_CHARS} characters`);
      const knownSecs = req.knownSecs === undefined || req.knownSecs === null ? undefined : requireKnownSecs(op, req.knownSecs, texts.length);
      const skipKnown = optionalBoolean(op, req.skipKnown, 'skipKnown');
      if (skipKnown && !knownSecs) throw new Error(`${op}: "skipKnown" needs "knownSecs"`);
      if (!deps.recognition) throw new Error(`${op}: speech recognition is not available here`);
      return deps.recognition.recognise({ audioPath, texts, ...(knownSecs && { knownSecs }), ...(skipKnown && { skipKnown }) });
    },

    async cancelRecognition(arg) {
      requireNoArgument('cancelRecognition', arg);
      deps.recognition?.cancel();
    },

    async openRawTranscript(arg) {
      const req = requireRecord('openRawTranscript', arg, ['path']);
      const path = await chosen('openRawTranscript', optionalString('openRawTranscript', req.path, 'path'), 'raw', () => deps.dialogs.pickRawTranscript());
      if (path === null) return null;
      return { path, ...(await readRawTranscript(path)) };
    },

    async exportFile(arg) {
      const req = requireRecord('exportFile', arg, ['suggestedPath', 'sourcePath', 'text', 'base64', 'again']);
      const suggested = requireString('exportFile', req.suggestedPath, 'suggestedPath');
      const source = optionalString('exportFile', req.sourcePath, 'sourcePath');
      const text = optionalString('exportFile', req.text, 'text');
      const base64 = optionalString('exportFile', req.base64, 'base64');
      const again = req.again === undefined ? false : requireBoolean('exportFile', req.again, 'again');
      if ((text === undefined) === (base64 === undefined)) throw new Error('exportFile: give exactly one of "text" and "base64"');
      // Export Again writes only where the user chose before, for the same export of the same episode.
      const path = (again ? exportPlaces.get(suggested) : undefined) ?? (await deps.dialogs.pickExportPath(suggested));
      if (path === null) return null;
      const saved = await exportTo(path, text !== undefined ? text : Buffer.from(base64!, 'base64'), { source, isSample: (p) => episodes.isSample(p) });
      exportPlaces.set(suggested, saved.path);
      return saved;
    },

    saveRecovery: (arg) => inArrivalOrder(async () => {
      const op = 'saveRecovery';
      const req = requireRecord(op, arg, ['path', 'name', 'text', 'estimated', 'baseHash', 'baseMtimeMs']);
      const path = optionalAbsolutePath(op, req.path, 'path');
      if (path !== undefined) await granted.require(op, path, 'episode');
      const name = requireString(op, req.name, 'name');
      const text = requireString(op, req.text, 'text');
      if (text.length > MAX_RECOVERY_TEXT) throw new Error(`${op}: "text" is ${text.length} characters, more than ${MAX_RECOVERY_TEXT}`);
      const estimated = optionalEstimatedMarks(op, req.estimated, 'estimated', MAX_ESTIMATED_MARKS);
      const baseHash = optionalHash(op, req.baseHash, 'baseHash');
      const baseMtimeMs = req.baseMtimeMs === undefined || req.baseMtimeMs === null ? undefined : requireNumber(op, req.baseMtimeMs, 'baseMtimeMs');
      await deps.recovery.save({
        ...(path !== undefined && { path }),
        name,
        text,
        estimated,
        ...(baseHash !== undefined && { baseHash }),
        ...(baseMtimeMs !== undefined && { baseMtimeMs }),
        savedAt: Date.now(),
      });
    }),

    recoveryFor: (arg) => inArrivalOrder(async () => {
      const req = requireRecord('recoveryFor', arg, ['path']);
      const path = optionalAbsolutePath('recoveryFor', req.path, 'path');
      if (path !== undefined) await granted.require('recoveryFor', path, 'episode');
      return deps.recovery.get(path);
    }),

    clearRecovery: (arg) => inArrivalOrder(async () => {
      const req = requireRecord('clearRecovery', arg, ['path']);
      const path = optionalAbsolutePath('clearRecovery', req.path, 'path');
      if (path !== undefined) await granted.require('clearRecovery', path, 'episode');
      await deps.recovery.clear(path);
    }),

    async watchEpisode(arg) {
      const req = requireRecord('watchEpisode', arg, ['path', 'hash']);
      const path = optionalAbsolutePath('watchEpisode', req.path, 'path');
      if (path === undefined) return deps.watcher?.unwatch();
      const hash = optionalHash('watchEpisode', req.hash, 'hash');
      if (hash === undefined) throw new Error('watchEpisode: give "hash" with "path": the bytes the page holds');
      await granted.require('watchEpisode', path, 'episode');
      await requireEpisodeFile(path);
      await deps.watcher?.watch(path, hash, async (p) => withMarks(await episodes.read(p)));
    },
  };
}
