import type { EpisodeDocument } from '../episode/document.js';
import { withItems } from '../episode/edit.js';
import { insertChapters } from './chapters.js';
import { FORMAT_NAMES, counted, turnCount } from './describe-import.js';
import { ImportError, type ImportResult } from './types.js';

/** True when the episode's transcript holds any item. */
function hasTranscript(doc: EpisodeDocument): boolean {
  return doc.items.length > 0;
}

/** Options of `mergeImport`. */
export interface MergeOptions {
  /** Chapters: remove the transcript's own headers first. */
  readonly replaceHeaders?: boolean;
  /** Turns: replace a transcript that is not empty (otherwise that is refused). */
  readonly replaceTranscript?: boolean;
}

/**
 * An import merged into an existing episode, every other key kept byte for byte: chapters go in as
 * headers (no turn removed or changed); turns fill an empty transcript, or replace one only with
 * `replaceTranscript` (else an ImportError saying what was read and what it would replace).
 */
export function mergeImport(doc: EpisodeDocument, result: ImportResult, options: MergeOptions = {}): { doc: EpisodeDocument; notes: string[] } {
  if (result.format === 'chapters') {
    const { items, notes } = insertChapters(doc.items, result.chapters, options);
    return { doc: withItems(doc, items), notes };
  }
  if (hasTranscript(doc) && !options.replaceTranscript) {
    const has = `${counted(turnCount(doc.items), 'turn')}${doc.items.length > turnCount(doc.items) ? ` (${counted(doc.items.length, 'item')})` : ''}`;
    throw new ImportError(doc.file, null, `already has a transcript of ${has}; this input, read as ${FORMAT_NAMES[result.format]}, would replace it with ${counted(turnCount(result.items), 'turn')}: nothing imported`);
  }
  const notes = hasTranscript(doc) ? [`replaced the transcript's ${counted(doc.items.length, 'item')} with ${counted(turnCount(result.items), 'turn')}`] : [];
  return { doc: withItems(doc, result.items), notes };
}
