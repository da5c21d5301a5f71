import { EditorState, type Extension } from '@codemirror/state';
import type { EpisodeDocument } from '../../../shared/episode/index.js';
import { playingItemField } from './playing-line.js';
import { problemCountsField } from './problem-marks.js';
import { speakerRoster } from './speaker-roster.js';
import { speakerStatsField } from './speaker-stats.js';
import { transcriptChanged, transcriptData, transcriptStateConfig } from './transcript-field.js';

/** What every transcript state holds beside its text: item data (undone with the text), values derived from it, the playing item. */
export const transcriptState: Extension = [transcriptData, speakerRoster, speakerStatsField, problemCountsField, playingItemField];

/** How a document is shown. */
export interface LoadOptions {
  /** The first items of a long file, shown while the rest is read: nothing in it can be changed. */
  readonly preview?: boolean;
  /** A file that cannot be saved as it is (not valid UTF-8): nothing in it can be changed either. */
  readonly readOnly?: boolean;
}

/** No change of text or data: a preview is replaced by the whole document a moment later; a read-only file is never saved. */
const lock: Extension = [
  EditorState.readOnly.of(true),
  EditorState.transactionFilter.of((tr) => (transcriptChanged(tr) ? [] : tr)),
];

/** A new editor state for a document (an empty transcript without one), with `extensions` beside the transcript's own. */
export function createTranscriptState(doc: EpisodeDocument | undefined, extensions: Extension = [], options: LoadOptions = {}): EditorState {
  const locked = options.preview || options.readOnly ? lock : [];
  if (!doc) return EditorState.create({ extensions: [transcriptState, extensions, locked] });
  const { doc: text, field } = transcriptStateConfig(doc);
  return EditorState.create({ doc: text, extensions: [field, transcriptState, extensions, locked] });
}
