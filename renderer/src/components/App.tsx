import { runScopeHandlers } from '@codemirror/view';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Api, EpisodeFile } from '../../../shared/api.js';
import { parseEpisode } from '../../../shared/episode/index.js';
import { isCommandId, type CommandId } from '../../../shared/commands.js';
import { APP_KEY_SCOPE, commandKeyBindings, type CommandHandlers } from '../app/command-keys.js';
import { AudioSession, type AudioState } from '../app/audio-session.js';
import { EpisodeSession, type SessionState } from '../app/episode-session.js';
import { listenForFileDrops } from '../app/file-drop.js';
import { PlaybackSync, type TurnsOverview } from '../app/playback-sync.js';
import type { Workspace } from '../app/workspace.js';
import { commandHandlers } from '../app/command-handlers.js';
import { frontmatterGuests, roster } from '../editor/speaker-commands.js';
import { setSpeaker, setTurnTime } from '../editor/transcript-commands.js';
import { TranscriptEditor } from '../editor/transcript-editor.js';
import { transcriptField } from '../editor/transcript-field.js';
import { DialogLayer, type OpenDialog } from './DialogLayer.js';
import { SpeakerOverview } from './SpeakerOverview.js';
import { SpeakerPicker } from './SpeakerPicker.js';
import { StatusBar, type StatusCounts } from './StatusBar.js';
import { TimeEditor } from './TimeEditor.js';
import { WaveformView } from '../waveform/waveform-view.js';
import { WaveformPane } from './WaveformPane.js';

/** Which popup is open over the editor, for which item. */
type Popup = { readonly part: 'who' | 'time'; readonly index: number; readonly anchor: DOMRect } | undefined;


/** The window: audio on one side, the speaker turns on the other, status below. */
export function App({ api, initialEpisode }: { api: Api; initialEpisode: Promise<EpisodeFile> }) {
  const editorHost = useRef<HTMLDivElement>(null);
  const waveformRef = useRef<HTMLDivElement>(null);
  const clockRef = useRef<HTMLSpanElement>(null);
  const [audio, setAudio] = useState<AudioState>({ status: 'none' });
  const [playing, setPlaying] = useState(false);
  const [rate, setRate] = useState(1);
  const [follow, setFollow] = useState(true);
  const [turns, setTurns] = useState<TurnsOverview>({ spans: [], colors: new Map(), talk: [], end: 0 });
  const [workspace, setWorkspace] = useState<Workspace>();
  const [session, setSession] = useState<SessionState>();
  const [counts, setCounts] = useState<StatusCounts>({ turns: 0, errors: 0, warnings: 0 });
  const [popup, setPopup] = useState<Popup>();
  const [dialog, setDialog] = useState<OpenDialog>();
  const hostName = useRef('');
  const runRef = useRef<(id: CommandId) => void>(() => undefined);

  useEffect(() => {
    const editor = new TranscriptEditor(editorHost.current!, { commandKeys: commandKeyBindings((id) => runRef.current(id)) });
    const session = new EpisodeSession(api, editor);
    const waveform = new WaveformView(waveformRef.current!);
    const audio = new AudioSession(api, waveform);
    const sync = new PlaybackSync(editor, waveform, () => clockRef.current);
    let episodePath: string | undefined;
    const subscriptions = [
      session.subscribe(setSession),
      session.subscribe((state) => {
        if (state.path === episodePath) return;
        episodePath = state.path;
        void audio.openFor(state.path);
      }),
      audio.subscribe(setAudio),
      sync.onTurns(setTurns),
      waveform.on('playing', setPlaying),
      editor.on('change', (state) => {
        // Most keystrokes leave the item count alone: no React render for them.
        const turns = state.field(transcriptField).items.length;
        setCounts((c) => (c.turns === turns ? c : { ...c, turns }));
      }),
      editor.on('diagnostics', (d) => setCounts((c) => ({ ...c, ...d }))),
      editor.on('headClick', ({ part, index, clicks, anchor }) => {
        // With audio, a click on a time plays from there and a double click edits it.
        const item = editor.document().items[index];
        if (part === 'time' && clicks === 1 && waveform.loaded && item?.kind === 'turn' && item.sec !== undefined) waveform.seek(item.sec);
        else setPopup({ part, index, anchor });
      }),
      api.on('command', (id) => {
        if (!isCommandId(id)) return;
        // The app's menu takes Undo/Redo keys even while a popup's text field has the focus: undo there.
        const field = document.activeElement;
        const inField = field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement;
        if (inField && (id === 'edit.undo' || id === 'edit.redo')) document.execCommand(id === 'edit.undo' ? 'undo' : 'redo');
        else runRef.current(id);
      }),
      api.on('fileOpened', (file) => void session.confirmLeave().then((ok) => ok && session.show(file))),
    ];
    // Shortcuts work wherever the focus is (the transport buttons, the page); the editor handles its own.
    const onWindowKey = (event: KeyboardEvent) => {
      if (!editor.view.dom.contains(event.target as Node)) runScopeHandlers(editor.view, event, APP_KEY_SCOPE);
    };
    window.addEventListener('keydown', onWindowKey);
    subscriptions.push(() => window.removeEventListener('keydown', onWindowKey));
    subscriptions.push(
      listenForFileDrops(api, (drop) => {
        if (drop.kind === 'import') setDialog({ kind: 'import', raw: drop.raw });
        else if (drop.kind === 'open') void session.open(drop.path);
        else void session.confirmLeave().then((ok) => ok && session.showNew(parseEpisode(drop.text, drop.name), drop.name));
      }),
    );
    setWorkspace({ editor, session, waveform, audio, sync });
    void api.settings().then((settings) => (hostName.current = settings.hostName ?? ''), () => undefined);
    setSession(session.current);
    void initialEpisode.then((file) => session.show(file), (err: unknown) => session.fail(err));
    return () => {
      for (const unsubscribe of subscriptions) unsubscribe();
      sync.destroy();
      waveform.destroy();
      editor.destroy();
    };
  }, [api, initialEpisode]);

  useEffect(() => {
    if (session) document.title = `${session.dirty ? '• ' : ''}${session.name} — Episode Editor`;
  }, [session]);

  const handlers = useMemo<CommandHandlers | undefined>(
    () =>
      workspace &&
      commandHandlers({
        ...workspace,
        extraSpeakers: () => [hostName.current],
        openPopup: (part, index, anchor) => setPopup({ part, index, anchor }),
        toggleHelp: () => setDialog((open) => (open?.kind === 'help' ? undefined : { kind: 'help' })),
        openRename: () => setDialog({ kind: 'rename' }),
        openHostName: () => setDialog({ kind: 'host', current: hostName.current }),
        openImport: async () => {
          const raw = await api.openRawTranscript({}).catch((err: unknown) => void workspace.session.fail(err));
          if (raw) setDialog({ kind: 'import', raw });
        },
        setRate,
        setFollow,
      }),
    [workspace, api],
  );
  runRef.current = (id) => void handlers?.[id]();

  const closePopup = () => {
    setPopup(undefined);
    workspace?.editor.view.focus();
  };
  const popupItem = popup && workspace ? workspace.editor.document().items[popup.index] : undefined;
  const turn = popupItem?.kind === 'turn' ? popupItem : undefined;

  return (
    <div className="app">
      {session?.error && (
        <div className="error-banner" role="alert">
          {session.error}
        </div>
      )}
      <main className="split">
        <WaveformPane
          waveformRef={waveformRef}
          clockRef={clockRef}
          audio={audio}
          playing={playing}
          rate={rate}
          follow={follow}
          onCommand={(id) => runRef.current(id)}
        >
          <SpeakerOverview
            turns={turns}
            roster={workspace ? roster(workspace.editor.view.state, [hostName.current]) : []}
            onSeek={(seconds) => {
              workspace?.waveform.seek(seconds);
              workspace?.sync.revealTime(seconds);
            }}
          />
        </WaveformPane>
        <section className="transcript-pane" aria-label="Transcript" ref={editorHost} />
      </main>
      {session && <StatusBar session={session} counts={counts} onProblems={() => runRef.current('view.problems')} />}
      {popup?.part === 'who' && turn && workspace && (
        <SpeakerPicker
          roster={roster(workspace.editor.view.state, [hostName.current])}
          suggestions={frontmatterGuests(workspace.editor.view.state)}
          current={turn.who}
          anchor={popup.anchor}
          onPick={(who) => {
            workspace.editor.run(setSpeaker(popup.index, who));
            closePopup();
          }}
          onCancel={closePopup}
        />
      )}
      {popup?.part === 'time' && turn && workspace && (
        <TimeEditor
          current={turn.time}
          anchor={popup.anchor}
          onApply={(text) => {
            workspace.editor.run(setTurnTime(popup.index, text));
            closePopup();
          }}
          onCancel={closePopup}
        />
      )}
      {workspace && (
        <DialogLayer dialog={dialog} workspace={workspace} api={api} audio={audio} onHostName={(name) => (hostName.current = name)} onClose={() => setDialog(undefined)} />
      )}
    </div>
  );
}

