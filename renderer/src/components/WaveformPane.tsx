import type { ReactNode, RefObject } from 'react';
import type { AudioState } from '../app/audio-session.js';

/** Props of the audio pane: the container the waveform view draws into (its timeline inside), and its state. */
export interface WaveformPaneProps {
  readonly waveformRef: RefObject<HTMLDivElement | null>;
  readonly clockRef: RefObject<HTMLSpanElement | null>;
  readonly audio: AudioState;
  readonly playing: boolean;
  readonly rate: number;
  readonly follow: boolean;
  /** Shown below the waveform (the speaker overview). */
  readonly children?: ReactNode;
  readonly onCommand: (id: 'playback.toggle' | 'playback.back' | 'playback.forward' | 'playback.slower' | 'playback.faster' | 'view.zoomIn' | 'view.zoomOut' | 'playback.follow' | 'file.openAudio') => void;
}

/** The audio side of the split view: transport controls, the waveform with its timeline, and the audio's state. */
export function WaveformPane({ waveformRef, clockRef, audio, playing, rate, follow, children, onCommand }: WaveformPaneProps) {
  const ready = audio.status === 'ready';
  return (
    <section className="waveform-pane" aria-label="Audio">
      <div className="transport">
        <button onClick={() => onCommand('playback.back')} disabled={!ready} title="Back 5 seconds (Alt+J)" aria-label="Back 5 seconds">
          «5
        </button>
        <button className="play" onClick={() => onCommand('playback.toggle')} disabled={!ready} title="Play/Pause (Alt+K)" aria-label={playing ? 'Pause' : 'Play'}>
          {playing ? '❚❚' : '▶'}
        </button>
        <button onClick={() => onCommand('playback.forward')} disabled={!ready} title="Forward 5 seconds (Alt+L)" aria-label="Forward 5 seconds">
          5»
        </button>
        <span className="clock" ref={clockRef} aria-label="Playhead">
          0:00
        </span>
        <button onClick={() => onCommand('playback.slower')} disabled={!ready} title="Slower (Alt+[)" aria-label="Slower">
          −
        </button>
        <span className="rate" aria-label="Speed">
          {rate}×
        </span>
        <button onClick={() => onCommand('playback.faster')} disabled={!ready} title="Faster (Alt+])" aria-label="Faster">
          +
        </button>
        <span className="transport-spacer" />
        <button onClick={() => onCommand('view.zoomOut')} disabled={!ready} title="Zoom out (Ctrl+-)" aria-label="Zoom out">
          Zoom −
        </button>
        <button onClick={() => onCommand('view.zoomIn')} disabled={!ready} title="Zoom in (Ctrl+=)" aria-label="Zoom in">
          Zoom +
        </button>
        <label className="follow" title="The text follows playback (Alt+F)">
          <input type="checkbox" checked={follow} onChange={() => onCommand('playback.follow')} /> Follow
        </label>
      </div>
      <div className="waveform-area">
        <div className="waveform" ref={waveformRef} hidden={audio.status !== 'ready'} />
        {audio.status !== 'ready' && <AudioNote audio={audio} onOpen={() => onCommand('file.openAudio')} />}
      </div>
      {children}
    </section>
  );
}

function AudioNote({ audio, onOpen }: { audio: AudioState; onOpen: () => void }) {
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
      <button onClick={onOpen}>Open Audio…</button>
    </div>
  );
}
