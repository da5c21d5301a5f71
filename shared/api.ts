/**
 * The one contract between the renderer and the main process. Every operation is named once here;
 * main registers a handler per name, the preload exposes exactly these, the harness serves them over
 * HTTP. Arguments and results are plain data (strings, numbers, arrays, objects) on every transport.
 */
import type { CaptionWord } from './align/captions.js';
import type { CommandId } from './commands.js';

/** An episode file as read from disk. */
export interface EpisodeFile {
  /** Absolute path. */
  readonly path: string;
  /** The exact text of the file (but see `readOnly`). */
  readonly text: string;
  /** Modification time in ms, when it was read. */
  readonly mtimeMs: number;
  /** SHA-256 (hex) of the file's bytes as read: how a change made by others is noticed (`cp -p` keeps the mtime). */
  readonly hash: string;
  /** True for the bundled sample, which Save writes elsewhere (Save As). */
  readonly sample?: boolean;
  /** Why the file cannot be saved, when it is not valid UTF-8: it opens read-only, its bad bytes shown as U+FFFD in `text`. */
  readonly readOnly?: string;
  /** The turns whose times were estimated when it was last saved here (kept in the app's user data, never in the file). */
  readonly estimated?: readonly EstimatedMark[];
}

/** A turn whose time is estimated: its item index and its `sec` when saved (a mark that no longer matches is dropped). */
export interface EstimatedMark {
  readonly index: number;
  readonly sec: number;
}

/** What a save wrote. */
export interface SavedFile {
  readonly path: string;
  readonly mtimeMs: number;
}

/** What a save of an episode wrote: also the hash of the bytes written, the base of the next save. */
export interface SavedEpisode extends SavedFile {
  /** SHA-256 (hex) of the bytes written. */
  readonly hash: string;
}

/** A save refused because someone else changed the file since it was read (nothing was written). */
export interface SaveConflict {
  readonly conflict: 'changed-on-disk';
  readonly path: string;
  /** The file's modification time now. */
  readonly mtimeMs: number;
  /** True when the user was asked whether to overwrite (`confirmOverwrite`) and said Cancel. */
  readonly declined?: boolean;
}

/** Unsaved work kept in the app's user data (never in the episode) a few seconds after each change, offered back after a crash. */
export interface Recovery {
  /** The episode's path, or undefined for a new episode never saved. */
  readonly path?: string;
  /** The name shown for it. */
  readonly name: string;
  /** The whole file text, as Save would write it. */
  readonly text: string;
  /** The estimated times of that text. */
  readonly estimated: readonly EstimatedMark[];
  /** The file on disk the edits were made over: its hash and modification time when read or last saved. */
  readonly baseHash?: string;
  readonly baseMtimeMs?: number;
  /** When it was written, in ms since the epoch. */
  readonly savedAt: number;
}

/** The audio of an episode, served to the renderer at `url` (which answers HTTP Range requests). */
export interface EpisodeAudio {
  /** Absolute path of the audio file. */
  readonly path: string;
  /** Where the renderer's media element loads it from: `episode-media://…` in the app, `/media/…` in the harness. */
  readonly url: string;
  /** Size in bytes. */
  readonly size: number;
  /** How it was found: beside the episode with the same base name, or chosen by the user (and remembered). */
  readonly source: 'beside' | 'chosen';
}

/** A waveform overview of an audio file, computed once by ffmpeg in main and cached. */
export interface AudioPeaks {
  /** Length of the audio in seconds. */
  readonly duration: number;
  /** Peaks per second of audio. */
  readonly peaksPerSecond: number;
  /** Base64 of one unsigned byte per peak: the loudest sample of its slice, scaled to 0–255. */
  readonly peaks: string;
}

/** The answers to "save the unsaved changes?", in the order the dialog shows its buttons. */
export const DISCARD_ANSWERS = ['save', 'discard', 'cancel'] as const;

/** What the user answers when asked about unsaved changes. */
export type DiscardAnswer = (typeof DISCARD_ANSWERS)[number];

/** Settings kept across episodes. */
export interface AppSettings {
  /** The podcast host, offered first when assigning speakers in every episode. */
  readonly hostName?: string;
  /** False keeps the cursor on a turn given a speaker by key; otherwise a turn without one moves it on to the next turn (assign and advance). */
  readonly advanceAfterAssign?: boolean;
  /** The audio pane's height in CSS pixels, as the user dragged the split (absent: the default). */
  readonly waveformHeight?: number;
  /** False turns the transcript's spell check off (on unless turned off). */
  readonly spellCheck?: boolean;
}

/** Every operation the renderer can ask of main: name → (argument) → result. */
export interface ApiHandlers {
  /** The file to show at start: a path given on the command line, else the bundled sample. */
  initialEpisode(): Promise<EpisodeFile>;
  /** Opens an episode: the given path, or one the user picks (null when the dialog is cancelled). */
  openEpisode(req: { path?: string }): Promise<EpisodeFile | null>;
  /**
   * Writes the text to the path; the text must be a valid episode file, or nothing is written. With
   * `baseHash` (of the file when read or last saved), a file whose bytes changed since then is not
   * overwritten: the result is a conflict, unless `confirmOverwrite` is set and the user, asked, says Overwrite.
   * `estimated` (none when left out) is remembered for the path once written, and comes back on opening it.
   */
  saveEpisode(req: { path: string; text: string; baseHash?: string; confirmOverwrite?: boolean; estimated?: readonly EstimatedMark[] }): Promise<SavedEpisode | SaveConflict>;
  /** Asks for a path, then saves there (null when the dialog is cancelled), remembering `estimated` as `saveEpisode` does. */
  saveEpisodeAs(req: { text: string; suggestedPath?: string; estimated?: readonly EstimatedMark[]; /** The audio open with the episode (one main served), remembered for the new path. */ audioPath?: string; /** The order the user gave its speakers, remembered for the new path. */ speakerOrder?: readonly string[]; /** Words added to a new episode's spelling dictionary, added to the new path's podcast's. */ dictionaryWords?: readonly string[] }): Promise<SavedEpisode | null>;
  /** Recently opened files, newest first. */
  recentFiles(): Promise<string[]>;
  /** Asks what to do with unsaved changes. */
  confirmDiscard(req: { name: string }): Promise<DiscardAnswer>;
  /** Tells main the document's title and whether it has unsaved changes (window title, close guard). */
  setDocumentState(req: { title: string; dirty: boolean }): Promise<void>;
  /** The audio for an episode: the one the user chose for it before, else a file beside it with its base name and an audio extension. */
  audioForEpisode(req: { episodePath: string }): Promise<EpisodeAudio | null>;
  /** File › Open Audio…: the given path or one the user picks, remembered for this episode (a new one without a path: on its Save As; null when cancelled). */
  chooseAudio(req: { episodePath?: string; path?: string }): Promise<EpisodeAudio | null>;
  /** The waveform peaks of an audio file, from the cache or computed (progress arrives as `peaksProgress` events). */
  audioPeaks(req: { audioPath: string }): Promise<AudioPeaks>;
  /** The app's settings. */
  settings(): Promise<AppSettings>;
  /** Changes some settings; returns them all. */
  updateSettings(patch: AppSettings): Promise<AppSettings>;
  /** The order the user gave an episode's speakers (kept in the app's user data; [] when none). */
  speakerOrder(req: { path: string }): Promise<readonly string[]>;
  /** Remembers the order of an episode's speakers (an empty list forgets it). */
  setSpeakerOrder(req: { path: string; names: readonly string[] }): Promise<void>;
  /** The words added to the spelling dictionary of an episode's podcast (the folder it is in; a new episode's: the folder last opened from). */
  podcastDictionary(req: { episodePath?: string }): Promise<readonly string[]>;
  /** "Add to Dictionary": adds one word to that dictionary; returns it. */
  addToDictionary(req: { episodePath?: string; word: string }): Promise<readonly string[]>;
  /**
   * Timing › Align to Audio…: the words said in an audio file main served, each with when it starts,
   * recognised offline with a grammar built from `texts` (the episode's turns' lines); progress arrives
   * as `recognitionProgress`. `knownSecs`, parallel to `texts`: each turn's start where already known
   * (from a caption alignment; null where not), which places the windows; `skipKnown`: only the audio
   * around the turns without one is recognised. Null when cancelled (by `cancelRecognition`, or by a new run).
   */
  recogniseAudio(req: { audioPath: string; texts: readonly string[]; knownSecs?: readonly (number | null)[]; skipKnown?: boolean }): Promise<readonly CaptionWord[] | null>;
  /** Stops the recognition under way, if any. */
  cancelRecognition(): Promise<void>;
  /** File › Import Raw Transcript…: the text of the given file or one the user picks (null when cancelled), in any common encoding; `notice` says how it was read when not as UTF-8. */
  openRawTranscript(req: { path?: string }): Promise<{ path: string; text: string; notice?: string } | null>;
  /**
   * File › Export…: asks where to write (starting at `suggestedPath`), then writes `text` (UTF-8) or
   * `base64` (binary formats) atomically. With `again` (Export Again), writes without asking to where
   * the user last put an export with that suggested name. Never over the episode it was made from
   * (`sourcePath`), nor over the bundled sample; null when the dialog is cancelled.
   */
  exportFile(req: { suggestedPath: string; sourcePath?: string; text?: string; base64?: string; again?: boolean }): Promise<SavedFile | null>;
  /** Keeps the unsaved work on an episode (by its path, or the one new episode without `path`), replacing what was kept for it. */
  saveRecovery(req: Omit<Recovery, 'savedAt'>): Promise<void>;
  /** The unsaved work kept for an episode (the new episode without `path`), or null. */
  recoveryFor(req: { path?: string }): Promise<Recovery | null>;
  /** Forgets the unsaved work kept for an episode (saved, discarded, or closed clean). */
  clearRecovery(req: { path?: string }): Promise<void>;
  /**
   * Watches the open episode, whose bytes the renderer holds as `hash` (as read, saved or reloaded), in
   * place of any watched before: when its bytes differ on disk, now or later, main sends
   * `episodeChangedOnDisk` (once per change; never for our own saves). Without `path`, stops watching.
   */
  watchEpisode(req: { path?: string; hash?: string }): Promise<void>;
}

/** The names of all operations. */
export type ApiMethod = keyof ApiHandlers;

/** Events main pushes to the renderer: name → arguments. */
export interface ApiEvents {
  /** A menu item or accelerator handled in main asks the renderer to run a command. */
  command: [id: CommandId];
  /** Main opened a file (Open Recent, drag and drop, second instance) for the renderer to show. */
  fileOpened: [file: EpisodeFile];
  /** Progress of a peaks computation, 0 to 1. */
  peaksProgress: [progress: { audioPath: string; fraction: number }];
  /** Progress of the speech recognition under way, 0 to 1. */
  recognitionProgress: [progress: { fraction: number }];
  /** The watched episode's bytes changed on disk (another program wrote it): the file as it is now. */
  episodeChangedOnDisk: [file: EpisodeFile];
}

/** The names of all events. */
export type ApiEventName = keyof ApiEvents;

/** A file dropped on the window, as the renderer holds it (a DOM `File`); shared code never looks inside. */
export interface DroppedFile {
  readonly name: string;
}

/** What the renderer sees as `window.api`: every operation, plus `on` to subscribe to events. */
export type Api = ApiHandlers & {
  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends ApiEventName>(event: E, listener: (...args: ApiEvents[E]) => void): () => void;
  /**
   * The absolute path of a dropped file, for `openEpisode`; '' where it cannot be known (the browser
   * harness, a File made in script). Answered in the preload, not main: a File cannot cross IPC, and
   * sandboxed pages no longer see `File.path`.
   */
  pathForFile(file: DroppedFile): string;
};

/** The operation names at run time, in one place, for registering handlers and building the preload. */
export const API_METHODS = [
  'initialEpisode',
  'openEpisode',
  'saveEpisode',
  'saveEpisodeAs',
  'recentFiles',
  'confirmDiscard',
  'setDocumentState',
  'audioForEpisode',
  'chooseAudio',
  'audioPeaks',
  'settings',
  'updateSettings',
  'speakerOrder',
  'setSpeakerOrder',
  'podcastDictionary',
  'addToDictionary',
  'recogniseAudio',
  'cancelRecognition',
  'openRawTranscript',
  'exportFile',
  'saveRecovery',
  'recoveryFor',
  'clearRecovery',
  'watchEpisode',
] as const satisfies readonly ApiMethod[];

/** Compile-time check that API_METHODS lists every operation. */
type MissingApiMethods = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
const _complete: [MissingApiMethods] extends [never] ? true : never = true;
void _complete;
