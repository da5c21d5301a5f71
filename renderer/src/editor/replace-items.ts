import type { ChangeSpec, EditorState, TransactionSpec } from '@codemirror/state';
import { diffArrays } from 'diff';
import type { EpisodeDocument } from '../../../shared/episode/index.js';
import { itemLines, setBase, setLineItems } from './transcript-field.js';

/**
 * One transaction (one undo step) that makes the editor show `doc`, written over `doc` itself (the
 * file as on disk, or a merge over it): only the lines that differ change, so the cursor and the view
 * stay where they are, and every line takes `doc`'s item (its bytes as in that file).
 */
export function showDocumentSpec(state: EditorState, doc: EpisodeDocument, userEvent: string): TransactionSpec {
  const { lines, placed } = itemLines(doc.items);
  return {
    changes: lineChanges(state, lines),
    effects: [setBase.of(doc), setLineItems.of(placed)],
    userEvent,
  };
}

/** The text changes that turn the editor's lines into `lines`, run by run. */
function lineChanges(state: EditorState, lines: readonly string[]): ChangeSpec[] {
  const { doc } = state;
  const old: string[] = [];
  for (let n = 1; n <= doc.lines; n++) old.push(doc.line(n).text);
  const changes: ChangeSpec[] = [];
  let at = 0;
  let removed = 0;
  let added: string[] = [];
  const flush = () => {
    if (removed || added.length) changes.push(runChange(state, at, removed, added));
    at += removed;
    removed = 0;
    added = [];
  };
  for (const part of diffArrays(old, lines.slice())) {
    if (part.removed) removed += part.count;
    else if (part.added) added.push(...part.value);
    else {
      flush();
      at += part.count;
    }
  }
  flush();
  return changes;
}

/** Old lines [at, at + removed) (0-based) replaced by `added`. */
function runChange(state: EditorState, at: number, removed: number, added: readonly string[]): ChangeSpec {
  const { doc } = state;
  const text = added.join('\n');
  if (removed && added.length) return { from: doc.line(at + 1).from, to: doc.line(at + removed).to, insert: text };
  if (added.length) return at < doc.lines ? { from: doc.line(at + 1).from, insert: `${text}\n` } : { from: doc.length, insert: `\n${text}` };
  // Lines removed only: with the line break after them, or before them at the end of the document.
  if (at + removed < doc.lines) return { from: doc.line(at + 1).from, to: doc.line(at + removed + 1).from };
  return { from: doc.line(at).to, to: doc.length };
}
