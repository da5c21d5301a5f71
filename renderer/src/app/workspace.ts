import type { TranscriptEditor } from '../editor/transcript-editor.js';
import type { WaveformView } from '../waveform/waveform-view.js';
import type { AudioSession } from './audio-session.js';
import type { EpisodeSession } from './episode-session.js';
import type { PlaybackSync } from './playback-sync.js';

/** The window's one editor, waveform and sessions, made once when it opens. */
export interface Workspace {
  readonly editor: TranscriptEditor;
  readonly session: EpisodeSession;
  readonly waveform: WaveformView;
  readonly audio: AudioSession;
  readonly sync: PlaybackSync;
}
