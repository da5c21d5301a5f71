import { runScopeHandlers } from '@codemirror/view';
import type { Api } from '../../../shared/api.js';
import { isCommandId, type CommandId } from '../../../shared/commands.js';
import { windowTitle } from '../../../shared/window-title.js';
import { advanceOnAssign } from '../editor/speaker-commands.js';
import { roster, rosterHost, rosterOrder } from '../editor/speaker-roster.js';
import { editingExtensions } from '../editor/editing.js';
import { setTurnSec } from '../editor/time-commands.js';
import type { TranscriptEditor } from '../editor/transcript-editor.js';
import { documentFromState, transcriptField } from '../editor/transcript-field.js';
import { errorMessage } from '../../../shared/errors.js';
import { WaveformView } from '../waveform/waveform-view.js';
import { AudioSession } from './audio-session.js';
import { commandHandlers } from './command-handlers.js';
import { APP_KEY_SCOPE, commandKeyBindings } from './command-keys.js';
import { EpisodeSession } from './episode-session.js';
import { Exports } from './export-flow.js';
import { ExternalChanges } from './external-changes.js';
import { listenForFileDrops } from './file-drop.js';
import { listenForWordClicks } from './word-click.js';
import { IS_MAC } from '../platform.js';
import type { FirstScreen } from './first-screen.js';
import { Overlays } from './overlays.js';
import { PlaybackSync } from './playback-sync.js';
import { RecoveryWriter, newEpisodeOffer, recoveryOffer } from './recovery.js';
import { Settings } from './settings.js';
import { SpeakerOrder } from './speaker-order.js';
import { PodcastDictionary } from './podcast-dictionary.js';
import { AudioAlignment } from './audio-alignment.js';
import type { Speller } from '../spelling/speller.js';
import { WorkerSpeller } from '../spelling/worker-speller.js';
import { dictionaryWords, transcriptSpeller } from '../editor/spelling.js';

/** The elements the workspace draws into. */
export interface WorkspaceHosts {
  /** Where the transcript editor goes. */
  readonly editor: HTMLElement;
  /** Where the waveform goes. */
  readonly waveform: HTMLElement;
}

/** The window's running objects, made once when it opens; React shows their observable state. */
export interface Workspace {
  readonly editor: TranscriptEditor;
  readonly session: EpisodeSession;
  readonly waveform: WaveformView;
  readonly audio: AudioSession;
  readonly sync: PlaybackSync;
  readonly overlays: Overlays;
  readonly settings: Settings;
  readonly exports: Exports;
  /** Changes made to the open file by other programs, and what the user does about them. */
  readonly changes: ExternalChanges;
  /** Runs a command, as its menu item or its key does. */
  run(id: CommandId): void;
  /** The order the user gave the open episode's speakers (dragged in the speaker overview). */
  readonly speakerOrder: SpeakerOrder;
  /** The spelling dictionary of the open episode's podcast. */
  readonly dictionary: PodcastDictionary;
  /** The spell checker (its dictionary in a worker). */
  readonly speller: Speller;
  /** Align to Audio's recognition, while main listens. */
  readonly alignment: AudioAlignment;
  /** The speakers Alt+1…9 assign: the episode's in a fixed order, then the host where one makes sense. */
  roster(): string[];
  /** Stops everything and releases every subscription. */
  destroy(): void;
}

/**
 * The composition root: takes over the first screen's editor, creates the sessions, the waveform
 * and the sync, routes menu commands, window keys and dropped files to them, and reads the whole of
 * the window's first file.
 */
export function createWorkspace(api: Api, hosts: WorkspaceHosts, first: FirstScreen): Workspace {
  // Every command goes through here, from a key, the menu or a button. Undo and Redo in a popup's or a
  // dialog's text field act on that field; any other command acts on the transcript, and closes the
  // popup on the turn at the cursor (Alt+1…9 in the speaker picker assign the speaker there).
  const run = (id: CommandId) => {
    const field = document.activeElement;
    if ((id === 'edit.undo' || id === 'edit.redo') && (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) {
      document.execCommand(id === 'edit.undo' ? 'undo' : 'redo');
      return;
    }
    if (overlays.popup.get()) {
      overlays.closePopup();
      editor.focus();
    }
    void handlers[id]();
  };
  const { editor } = first;
  editor.moveTo(hosts.editor);
  const editing = editingExtensions(commandKeyBindings(run));
  // The settings the speaker commands read, in this state and every one loaded after it.
  const configure = () =>
    editor.enableEditing([
      editing,
      rosterHost.of(settings.hostName.get()),
      advanceOnAssign.of(settings.advanceAfterAssign.get()),
      rosterOrder.of(speakerOrder.names.get()),
      transcriptSpeller.of(settings.spellCheck.get() ? speller : null),
      dictionaryWords.of(dictionary.words.get()),
    ]);
  // Save As takes the open audio and the speakers' order along to the episode's new path, and a new
  // episode's dictionary words (kept for the podcast last opened from) to its podcast.
  const session: EpisodeSession = new EpisodeSession(api, editor, () => {
    const order = speakerOrder.names.get();
    const words: readonly string[] = session.current.path === undefined ? dictionary.words.get() : [];
    return { ...(audio.audioPath !== undefined && { audioPath: audio.audioPath }), ...(order.length > 0 && { speakerOrder: order }), ...(words.length > 0 && { dictionaryWords: words }) };
  });
  const waveform = new WaveformView(hosts.waveform);
  const audio = new AudioSession(api, waveform);
  const sync = new PlaybackSync(editor, waveform);
  const overlays = new Overlays();
  const settings = new Settings(api);
  const speakerOrder = new SpeakerOrder(api);
  const speller = new WorkerSpeller();
  const dictionary = new PodcastDictionary(api);
  configure();
  const exports = new Exports(api);
  const recovery = new RecoveryWriter(api, editor, session);
  const changes = new ExternalChanges(api, editor, session);
  // Back in the window after working elsewhere: look at the file again, in case its folder's events were missed.
  const onFocus = () => changes.recheck();
  window.addEventListener('focus', onFocus);
  const rosterNow = () => roster(editor.state);
  const alignment = new AudioAlignment(api);
  const handlers = commandHandlers({ api, editor, session, player: waveform, audio, sync, overlays, roster: rosterNow, exports, settings, alignment });

  let episodePath = session.current.path;
  let shownEpisode = session.shown;
  void speakerOrder.open(episodePath);
  void dictionary.open(episodePath);
  const showTitle = () => (document.title = windowTitle(session.current.name, session.current.dirty));
  showTitle();
  // Shortcuts work wherever the focus is (the transport buttons, a popup, the editor's find and
  // problems panels); the text handles its own, and a key a panel took is left alone. A key handled
  // here must not also reach Electron's menu, which would run the command a second time.
  const onWindowKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || editor.view.contentDOM.contains(event.target as Node)) return;
    if (runScopeHandlers(editor.view, event, APP_KEY_SCOPE)) event.preventDefault();
  };
  window.addEventListener('keydown', onWindowKey);
  const subscriptions = [
    () => window.removeEventListener('keydown', onWindowKey),
    () => window.removeEventListener('focus', onFocus),
    settings.hostName.subscribe(configure),
    settings.advanceAfterAssign.subscribe(configure),
    speakerOrder.names.subscribe(configure),
    settings.spellCheck.subscribe(configure),
    dictionary.words.subscribe(configure),
    session.state.subscribe((state) => {
      showTitle();
      // Words heard for one episode never time another: listening on would be minutes thrown away.
      if (session.shown !== shownEpisode) {
        shownEpisode = session.shown;
        if (alignment.progress.get() !== undefined) alignment.cancel();
      }
      if (state.path === episodePath) return;
      episodePath = state.path;
      void audio.openFor(state.path);
      void speakerOrder.open(state.path);
      void dictionary.open(state.path);
    }),
    editor.on('headClick', ({ part, index, clicks, anchor }) => {
      // With audio, a click on a time plays from there and a double click edits it.
      const item = editor.state.field(transcriptField).items[index];
      if (part === 'time' && clicks === 1 && waveform.loaded && item?.kind === 'turn' && item.sec !== undefined) return sync.playInView(index, item.sec);
      // The popup's turn becomes the one at the cursor, where command keys act (without scrolling it away).
      editor.dispatch({ selection: { anchor: editor.state.doc.line(index + 1).from } });
      overlays.showPopup({ part, index, anchor });
    }),
    waveform.on('turnStart', (index, seconds) => editor.run(setTurnSec(index, seconds))),
    listenForWordClicks(editor.view, IS_MAC, () => run('playback.fromHere')),
    api.on('command', (id) => isCommandId(id) && run(id)),
    api.on('fileOpened', (file) => void session.confirmLeave().then((ok) => ok && session.showFile(file))),
    listenForFileDrops(
      api,
      (drop) => {
        if (drop.kind === 'import') overlays.showDialog({ kind: 'import', raw: drop.raw });
        // An episode opens after the unsaved-changes question, read then as it is (and remembered), as File › Open does.
        else if (drop.kind === 'open') void session.open(drop.path, drop.doc);
        else void session.confirmLeave().then((ok) => ok && session.showNew(drop.doc, drop.name));
      },
      (err) => session.fail(err),
    ),
  ];
  void settings.load();
  void first.initialEpisode.then(
    async (file) => {
      if (!(await session.showFile(file, { previewShown: file === first.previewed }))) return;
      // Unsaved work on this file that a crash or a kill left behind: offered back, over the file as on disk;
      // else the unsaved work on a new episode (an import never saved).
      const offer = await recoveryOffer(api, editor, file, documentFromState(editor.state), recovery)
        .then((found) => found ?? newEpisodeOffer(api, session, recovery))
        .catch((err: unknown) => void console.warn(`recovered changes not read: ${errorMessage(err)}`));
      if (offer) overlays.showDialog({ kind: 'recovery', offer });
    },
    (err: unknown) => session.fail(err),
  );

  return {
    editor,
    session,
    waveform,
    audio,
    sync,
    overlays,
    settings,
    speakerOrder,
    dictionary,
    speller,
    alignment,
    exports,
    changes,
    run,
    roster: rosterNow,
    destroy() {
      for (const unsubscribe of subscriptions) unsubscribe();
      sync.destroy();
      speller.destroy();
      alignment.cancel();
      recovery.destroy();
      changes.destroy();
      audio.destroy();
      session.destroy();
      waveform.destroy();
      editor.destroy();
    },
  };
}
