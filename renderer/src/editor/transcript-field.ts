import { EditorState, MapMode, StateEffect, StateField, Text, type Transaction, type TransactionSpec } from '@codemirror/state';
import { emptyEpisode, withItems, type EpisodeDocument, type TranscriptItem, type Turn } from '../../../shared/episode/index.js';
import type { YamlValue } from '../../../shared/yaml/value.js';
import { lineTextOf, withLineText } from './line-text.js';

/** The transcript's data beside the text: one item per editor line, plus the file it came from. */
export interface TranscriptData {
  /** The document as opened (keys, layout, style); its items are stale, `items` holds the current ones. */
  readonly base: EpisodeDocument;
  /** One entry per editor line; each item's own text field is stale, the line holds the text. */
  readonly items: readonly TranscriptItem[];
}

/** Replaces the data of the lines starting at the given positions (positions in the document after the transaction's changes). */
export const setLineItems = StateEffect.define<readonly { readonly pos: number; readonly item: TranscriptItem }[]>({
  map: (entries, mapping) => entries.map((e) => ({ ...e, pos: mapping.mapPos(e.pos, 1) })),
});

/** Sets the value of an existing top-level frontmatter key (such as `duration`). */
export const setFrontmatterValue = StateEffect.define<{ readonly key: string; readonly value: YamlValue }>();

/** Makes another document the one the transcript is written over (the file as on disk, reloaded or merged): undone with the text. */
export const setBase = StateEffect.define<EpisodeDocument>();

/** The state field holding the transcript's data; changed by text edits (mapped) and by setLineItems. */
export const transcriptField = StateField.define<TranscriptData>({
  create: () => ({ base: emptyEpisode(), items: [{ kind: 'turn', line: '' }] }),
  update(value, tr) {
    let items = tr.docChanged ? mapItems(value.items, tr) : value.items;
    let base = value.base;
    for (const effect of tr.effects) {
      if (effect.is(setBase)) base = effect.value;
      if (effect.is(setFrontmatterValue)) {
        const { key, value: entryValue } = effect.value;
        base = { ...base, entries: base.entries.map((e) => (e.key === key ? { ...e, value: entryValue } : e)) };
      }
      if (!effect.is(setLineItems)) continue;
      const next = items.slice();
      for (const { pos, item } of effect.value) {
        const line = tr.state.doc.lineAt(pos);
        if (line.from === pos) next[line.number - 1] = item;
      }
      items = next;
    }
    return items === value.items && base === value.base ? value : { base, items };
  },
});

/** The extensions that keep transcript data in the editor state (its undo is in transcript-history.ts). */
export const transcriptData = [transcriptField];

/** The items the editor shows for a list: the list, or one empty turn for an empty one (the editor always has a line). */
function shownItems(items: readonly TranscriptItem[]): readonly TranscriptItem[] {
  return items.length ? items : [{ kind: 'turn', line: '' } as Turn];
}

/** Items as the editor's lines (an empty list as one empty turn), each placed where its line starts in the text they make. */
export function itemLines(items: readonly TranscriptItem[]): { readonly lines: string[]; readonly placed: { readonly pos: number; readonly item: TranscriptItem }[] } {
  const shown = shownItems(items);
  const lines = shown.map(lineTextOf);
  let pos = 0;
  const placed = shown.map((item, i) => {
    const at = pos;
    pos += lines[i]!.length + 1;
    return { pos: at, item };
  });
  return { lines, placed };
}

/** Editor state contents for a document: its text, one line per item, and the field's data. */
export function transcriptStateConfig(doc: EpisodeDocument) {
  const items = shownItems(doc.items);
  return {
    doc: Text.of(items.map(lineTextOf)),
    field: transcriptField.init(() => ({ base: doc, items })),
  };
}

/** The current episode document, with each item's text taken from its line. */
export function documentFromState(state: EditorState): EpisodeDocument {
  const { base, items } = state.field(transcriptField);
  const current = items.map((item, i) => withLineText(item, state.doc.line(i + 1).text));
  const onlyEmpty = current.length === 1 && current[0]!.kind === 'turn' && current[0].line === '' && !current[0].origin;
  // withItems adds a `transcript` key to a file that had none (a new episode) once there is something to keep.
  return withItems(base, onlyEmpty ? [] : current);
}

/** A transaction or a view update: a change from one state to the next. */
type StateChange = { readonly startState: EditorState; readonly state: EditorState; readonly docChanged: boolean };

/** Whether a change set item data (a speaker, a time, lines added or removed), as opposed to only text or the selection. */
export function itemDataChanged(change: StateChange): boolean {
  return change.startState.field(transcriptField) !== change.state.field(transcriptField);
}

/** Whether a change touched the transcript at all: its text or its item data. */
export function transcriptChanged(change: StateChange): boolean {
  return change.docChanged || itemDataChanged(change);
}

/**
 * Whether two states would be saved as the same file: the same text, frontmatter values and item
 * data. Cheap enough for every change: nothing is serialised, and undo restores the very objects.
 */
export function sameTranscript(a: EditorState, b: EditorState): boolean {
  const x = a.field(transcriptField);
  const y = b.field(transcriptField);
  if (!a.doc.eq(b.doc) || x.items.length !== y.items.length || x.base.entries.length !== y.base.entries.length || !sameFrame(x.base, y.base)) return false;
  const sameEntries = x.base.entries.every((e, i) => e.key === y.base.entries[i]!.key && e.value === y.base.entries[i]!.value && e.origin === y.base.entries[i]!.origin);
  return sameEntries && x.items.every((item, i) => sameItemData(item, y.items[i]!));
}

/** The same bytes around the keys and items (the same file, or the same file's text outside them). */
function sameFrame(a: EpisodeDocument, b: EpisodeDocument): boolean {
  return a === b || (a.preamble === b.preamble && a.opening === b.opening && a.lead === b.lead && a.end === b.end && a.transcript?.head === b.transcript?.head);
}

/**
 * The same item data apart from its text, which the line holds. The `estimated` flag counts: Save
 * keeps it (in the app's user data), so confirming a time is a change to save.
 */
function sameItemData(a: TranscriptItem, b: TranscriptItem): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind || a.origin !== b.origin || a.trivia !== b.trivia) return false;
  if (a.kind === 'turn' && b.kind === 'turn') return a.sec === b.sec && a.time === b.time && a.who === b.who && !a.estimated === !b.estimated;
  return a.kind !== 'unknown' || (b.kind === 'unknown' && a.value === b.value);
}

/** The item of the editor line holding `pos`, with its current text. */
export function itemAt(state: EditorState, pos: number): { index: number; item: TranscriptItem; from: number } {
  const line = state.doc.lineAt(pos);
  const item = state.field(transcriptField).items[line.number - 1]!;
  return { index: line.number - 1, item: withLineText(item, line.text), from: line.from };
}

/**
 * Keeps one item per line through text edits: each old line's item follows its line start. A line
 * that a change splits off gets a new paragraph of the same speaker; lines that merge keep the first item.
 */
function mapItems(items: readonly TranscriptItem[], tr: Transaction): readonly TranscriptItem[] {
  if (!touchesLineBreaks(tr)) return items;
  const oldDoc = tr.startState.doc;
  const newDoc = tr.state.doc;
  const chosen: ({ item: TranscriptItem; deleted: boolean } | undefined)[] = new Array(newDoc.lines);
  for (let n = 1; n <= oldDoc.lines; n++) {
    const start = oldDoc.line(n).from;
    const pos = tr.changes.mapPos(start, 1);
    const line = newDoc.lineAt(pos);
    if (line.from !== pos) continue;
    const deleted = tr.changes.mapPos(start, 1, MapMode.TrackAfter) === null;
    const current = chosen[line.number - 1];
    if (!current || (current.deleted && !deleted)) chosen[line.number - 1] = { item: items[n - 1]!, deleted };
  }
  const result: TranscriptItem[] = [];
  let speaker: string | undefined;
  for (const entry of chosen) {
    const item = entry?.item ?? newParagraph(speaker);
    if (item.kind === 'turn') speaker = item.who;
    result.push(item);
  }
  return result;
}

function newParagraph(who: string | undefined): Turn {
  return who === undefined ? { kind: 'turn', line: '' } : { kind: 'turn', line: '', who };
}

/** True when a transaction adds or removes line breaks (so items are added, dropped or moved). */
export function touchesLineBreaks(tr: Transaction): boolean {
  let touches = false;
  tr.changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    if (touches) return;
    if (inserted.lines > 1 || tr.startState.doc.sliceString(fromA, toA).includes('\n')) touches = true;
  });
  return touches;
}

/** A transaction that replaces every item (an import into the open episode): one undo step. */
export function replaceAllItems(state: EditorState, items: readonly TranscriptItem[]): TransactionSpec {
  const { lines, placed } = itemLines(items);
  return {
    changes: { from: 0, to: state.doc.length, insert: lines.join('\n') },
    effects: setLineItems.of(placed),
    selection: { anchor: 0 },
    userEvent: 'edit.import',
  };
}
