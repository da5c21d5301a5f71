import type { EstimatedMark } from '../../../shared/api.js';
import type { EpisodeDocument, TranscriptItem } from '../../../shared/episode/index.js';

/**
 * The turns with estimated times, as main keeps them for the file: each one's index and time. The
 * flag is never written to the file, so this is how it survives Save and opening the file again.
 */
export function estimatedMarks(items: readonly TranscriptItem[]): EstimatedMark[] {
  return items.flatMap((item, index) => (item.kind === 'turn' && item.estimated && item.sec !== undefined ? [{ index, sec: item.sec }] : []));
}

/**
 * The document with the marked turns flagged estimated again. A mark whose item is no longer a turn
 * with that time (the file was changed elsewhere since) is dropped: that time is the file's now.
 */
export function withEstimatedMarks(doc: EpisodeDocument, marks: readonly EstimatedMark[] | undefined): EpisodeDocument {
  if (!marks?.length) return doc;
  const items = [...doc.items];
  let changed = false;
  for (const { index, sec } of marks) {
    const item = items[index];
    if (item?.kind !== 'turn' || item.sec !== sec || item.estimated) continue;
    items[index] = { ...item, estimated: true };
    changed = true;
  }
  return changed ? { ...doc, items } : doc;
}
