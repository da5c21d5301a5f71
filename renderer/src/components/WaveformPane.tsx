import { useEffect, type ReactNode, type RefObject } from 'react';
import { commandTitle, type CommandId } from '../../../shared/commands.js';
import type { AudioState } from '../app/audio-session.js';
import type { Workspace } from '../app/create-workspace.js';
import { Clock } from './Clock.js';
import { IS_MAC } from '../platform.js';
import { useObservable } from './use-observable.js';

/** Props of the audio pane: the container the waveform view draws into (its timeline inside), and the running workspace. */
export interface WaveformPaneProps {
  readonly waveformRef: RefObject<HTMLDivElement | null>;
  /** The pane itself (the split handle sets its height). */
  readonly paneRef?: RefObject<HTMLElement | null>;
  /** Undefined while the window starts: the waveform's container must exist before the workspace. */
  readonly workspace: Workspace | undefined;
  /** Shown below the waveform (the speaker overview, the split handle). */
  readonly children?: ReactNode;
}

/** The audio side of the split view: transport controls, the waveform with its timeline, and the audio's state. */
export function WaveformPane({ waveformRef, paneRef, workspace, children }: WaveformPaneProps) {
  return (
    <section className="waveform-pane" aria-label="Audio" ref={paneRef}>
      {workspace && <Transport workspace={workspace} />}
      <div className="waveform-area">
        <div className="waveform" ref={waveformRef} hidden />
        {workspace && <AudioNote workspace={workspace} waveform={waveformRef} />}
      </div>
      {children}
    </section>
  );
}

/** A transport button running a command, its tooltip from the command list. */
function CommandButton({ workspace, id, text, label, disabled, className, children }: { workspace: Workspace; id: CommandId; text: string; label: string; disabled: boolean; className?: string; children: ReactNode }) {
  return (
    <button className={className} onClick={() => workspace.run(id)} disabled={disabled} title={commandTitle(id, IS_MAC, text)} aria-label={label}>
      {children}
    </button>
  );
}

function Transport({ workspace }: { workspace: Workspace }) {
  const ready = useObservable(workspace.audio.state, (a) => a.status === 'ready');
  const playing = useObservable(workspace.waveform.playing);
  const rate = useObservable(workspace.waveform.rate);
  const follow = useObservable(workspace.sync.follow);
  const button = { workspace, disabled: !ready };
  return (
    <div className="transport">
      <CommandButton {...button} id="playback.back" text="Back 5 seconds" label="Back 5 seconds">
        «5
      </CommandButton>
      <CommandButton {...button} id="playback.toggle" text="Play/Pause" label={playing ? 'Pause' : 'Play'} className="play">
        {playing ? '❚❚' : '▶'}
      </CommandButton>
      <CommandButton {...button} id="playback.forward" text="Forward 5 seconds" label="Forward 5 seconds">
        5»
      </CommandButton>
      <Clock waveform={workspace.waveform} />
      <CommandButton {...button} id="playback.slower" text="Slower" label="Slower">
        −
      </CommandButton>
      <span className="rate" aria-label="Speed">
        {rate}×
      </span>
      <CommandButton {...button} id="playback.faster" text="Faster" label="Faster">
        +
      </CommandButton>
      <span className="transport-spacer" />
      <CommandButton {...button} id="view.zoomOut" text="Zoom out" label="Zoom out">
        Zoom −
      </CommandButton>
      <CommandButton {...button} id="view.zoomIn" text="Zoom in" label="Zoom in">
        Zoom +
      </CommandButton>
      <label className="follow" title={commandTitle('playback.follow', IS_MAC, 'The text follows playback')}>
        <input type="checkbox" checked={follow} onChange={() => workspace.run('playback.follow')} /> Follow
      </label>
    </div>
  );
}

function AudioNote({ workspace, waveform }: { workspace: Workspace; waveform: RefObject<HTMLDivElement | null> }) {
  const audio: AudioState = useObservable(workspace.audio.state);
  // The waveform's container must exist before the workspace that draws into it: it is shown once audio is ready.
  useEffect(() => {
    if (waveform.current) waveform.current.hidden = audio.status !== 'ready';
  }, [waveform, audio.status]);
  if (audio.status === 'ready') return null;
  if (audio.status === 'loading' && audio.progress === undefined) {
    return (
      <div className="audio-note" role="status">
        <p>Opening {audio.name}…</p>
      </div>
    );
  }
  if (audio.status === 'loading') {
    return (
      <div className="audio-note" role="status">
        <p>Computing the waveform of {audio.name}…</p>
        <progress max={1} value={audio.progress} aria-label="Waveform progress" />
        <p className="hint">Only the first time: it is cached for the next open.</p>
      </div>
    );
  }
  return (
    <div className="audio-note">
      {audio.status === 'error' ? (
        <p className="audio-error" role="alert">
          {audio.message}
        </p>
      ) : (
        <p>No audio for this episode. A file beside it with the same name (.mp3, .m4a, .ogg, .opus, .wav, .flac) opens by itself.</p>
      )}
      <button onClick={() => workspace.run('file.openAudio')}>Open Audio…</button>
    </div>
  );
}
