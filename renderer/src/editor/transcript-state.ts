import { EditorState, type Extension } from '@codemirror/state';
import type { EpisodeDocument } from '../../../shared/episode/index.js';
import { playingItemField } from './playing-line.js';
import { problemCountsField } from './problems.js';
import { speakerStatsField } from './speaker-stats.js';
import { transcriptData, transcriptStateConfig } from './transcript-field.js';

/** What every transcript state holds beside its text: item data (undone with the text), values derived from it, the playing item. */
export const transcriptState: Extension = [transcriptData, speakerStatsField, problemCountsField, playingItemField];

/** A new editor state for a document (an empty transcript without one), with `extensions` beside the transcript's own. */
export function createTranscriptState(doc: EpisodeDocument | undefined, extensions: Extension = []): EditorState {
  if (!doc) return EditorState.create({ extensions: [transcriptState, extensions] });
  const { doc: text, field } = transcriptStateConfig(doc);
  return EditorState.create({ doc: text, extensions: [field, transcriptState, extensions] });
}
