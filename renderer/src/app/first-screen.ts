import type { EpisodeFile } from '../../../shared/api.js';
import { previewEpisode } from '../../../shared/episode/preview.js';
import { TranscriptEditor } from '../editor/transcript-editor.js';

/** What the window shows before the rest of the app has loaded: the workspace takes it over. */
export interface FirstScreen {
  /** The one transcript editor, showing but not yet editing. */
  readonly editor: TranscriptEditor;
  /** The file main opened the window with (or why it could not be read). */
  readonly initialEpisode: Promise<EpisodeFile>;
  /** That file, when the editor shows its first items (read-only) until the whole file is read. */
  readonly previewed: EpisodeFile | undefined;
}

/**
 * Creates the editor in `host` and shows the first items of `file` (the window's first file, if it
 * has arrived and is long enough to be worth a preview). Needs only CodeMirror's view and the quick
 * line reader: React, the YAML parser, the waveform and the editing commands load meanwhile.
 */
export function showFirstScreen(host: HTMLElement, initialEpisode: Promise<EpisodeFile>, file: EpisodeFile | undefined): FirstScreen {
  const editor = new TranscriptEditor(host);
  const preview = file && previewEpisode(file.text, file.path);
  if (preview) editor.load(preview, { preview: true });
  return { editor, initialEpisode, previewed: preview ? file : undefined };
}
