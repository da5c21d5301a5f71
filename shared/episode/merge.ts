/**
 * A three-way merge of an episode, item by item: the document the user opened (base), the user's
 * edited document (mine) and the file as another program left it on disk (disk). Changes that touch
 * different items (and different frontmatter keys) are combined; changes to the same items are a
 * conflict, and nothing is merged.
 */
import { diffArrays } from 'diff';
import type { YamlValue } from '../yaml/value.js';
import type { EpisodeDocument, FrontEntry } from './document.js';
import { itemValue, sameValue, type TranscriptItem } from './items.js';

/** A place that both sides changed differently: items of the base (by index, end exclusive) or a frontmatter key. */
export type MergeConflict = { readonly kind: 'items'; readonly from: number; readonly to: number } | { readonly kind: 'key'; readonly key: string } | { readonly kind: 'text'; readonly part: 'before the frontmatter' | 'after the frontmatter' };

/** The result of a merge: the merged document (over the disk's file), or where the two sides collide. */
export type EpisodeMerge =
  | {
      readonly ok: true;
      /** The disk's document (its bytes, layout and body) with the user's changes put in. */
      readonly doc: EpisodeDocument;
      /** How many changes (runs of changed items, changed keys) came from each side. */
      readonly fromDisk: number;
      readonly fromMine: number;
    }
  | { readonly ok: false; readonly conflicts: readonly MergeConflict[] };

/** One side's change: base items [from, to) replaced by `items`. */
interface Hunk {
  readonly from: number;
  readonly to: number;
  readonly items: readonly TranscriptItem[];
  readonly side: 'disk' | 'mine';
}

/** Merges the changes of `mine` and `disk`, both made over `base`; see the module comment. */
export function mergeEpisodes(base: EpisodeDocument, mine: EpisodeDocument, disk: EpisodeDocument): EpisodeMerge {
  const items = mergeItems(base.items, mine.items, disk.items);
  const entries = mergeEntries(base, mine, disk);
  const conflicts = [...(items.ok ? [] : items.conflicts), ...(entries.ok ? [] : entries.conflicts), ...textConflicts(base, mine, disk)];
  if (!items.ok || !entries.ok || conflicts.length) return { ok: false, conflicts };
  const doc: EpisodeDocument = { ...disk, entries: entries.entries, items: items.items };
  return { ok: true, doc, fromDisk: items.fromDisk + entries.fromDisk, fromMine: items.fromMine + entries.fromMine };
}

/** What identifies an item's content for the merge: its kind and fields (and the estimated flag), not its bytes. */
export function itemKey(item: TranscriptItem): string {
  const flag = item.kind === 'turn' && item.estimated ? 1 : 0;
  return JSON.stringify([item.kind, plain(itemValue(item)), flag]);
}

type ItemsMerge = { ok: true; items: TranscriptItem[]; fromDisk: number; fromMine: number } | { ok: false; conflicts: MergeConflict[] };

/**
 * The item lists merged: runs the disk changed come from the disk, runs the user changed from the
 * user, and every unchanged item from the disk (whose bytes are those on disk now). A run both
 * changed the same way is taken once; runs that overlap, or an insertion that touches the other
 * side's run, conflict (their order would be a guess).
 */
export function mergeItems(base: readonly TranscriptItem[], mine: readonly TranscriptItem[], disk: readonly TranscriptItem[]): ItemsMerge {
  const baseKeys = base.map(itemKey);
  const diskHunks = hunks(baseKeys, disk, 'disk');
  const mineHunks = hunks(baseKeys, mine, 'mine');
  const all = [...diskHunks, ...mineHunks].sort((a, b) => a.from - b.from || a.to - b.to);
  const conflicts: MergeConflict[] = [];
  const kept: Hunk[] = [];
  for (const hunk of all) {
    const last = kept[kept.length - 1];
    if (!last || !collide(last, hunk)) {
      kept.push(hunk);
      continue;
    }
    if (last.side !== hunk.side && last.from === hunk.from && last.to === hunk.to && sameItems(last.items, hunk.items)) continue;
    const previous = conflicts[conflicts.length - 1];
    if (previous?.kind === 'items' && previous.to >= hunk.from) conflicts[conflicts.length - 1] = { ...previous, to: Math.max(previous.to, hunk.to) };
    else conflicts.push({ kind: 'items', from: Math.min(last.from, hunk.from), to: Math.max(last.to, hunk.to) });
  }
  if (conflicts.length) return { ok: false, conflicts };
  // Unchanged base items are taken from the disk's list: walk it beside the base, as its own hunks say.
  const diskAt = baseToDisk(base.length, diskHunks);
  const items: TranscriptItem[] = [];
  let at = 0;
  for (const hunk of kept) {
    for (let i = at; i < hunk.from; i++) items.push(disk[diskAt[i]!]!);
    items.push(...hunk.items);
    at = hunk.to;
  }
  for (let i = at; i < base.length; i++) items.push(disk[diskAt[i]!]!);
  const fromDisk = kept.filter((h) => h.side === 'disk').length;
  return { ok: true, items, fromDisk, fromMine: kept.length - fromDisk };
}

/** One side's changes against the base, as hunks in base indexes. */
function hunks(baseKeys: readonly string[], side: readonly TranscriptItem[], name: Hunk['side']): Hunk[] {
  const result: Hunk[] = [];
  let baseAt = 0;
  let sideAt = 0;
  let open: { from: number; to: number; sideFrom: number; sideTo: number } | undefined;
  const close = () => {
    if (open) result.push({ from: open.from, to: open.to, items: side.slice(open.sideFrom, open.sideTo), side: name });
    open = undefined;
  };
  for (const part of diffArrays(baseKeys.slice(), side.map(itemKey))) {
    if (!part.added && !part.removed) {
      close();
      baseAt += part.count;
      sideAt += part.count;
      continue;
    }
    open ??= { from: baseAt, to: baseAt, sideFrom: sideAt, sideTo: sideAt };
    if (part.removed) open.to = baseAt += part.count;
    else open.sideTo = sideAt += part.count;
  }
  close();
  return result;
}

/** For each base index outside the disk's hunks, the index of the same item in the disk's list. */
function baseToDisk(baseLength: number, diskHunks: readonly Hunk[]): number[] {
  const map: number[] = new Array<number>(baseLength);
  let shift = 0;
  let at = 0;
  for (const hunk of diskHunks) {
    for (let i = at; i < hunk.from; i++) map[i] = i + shift;
    shift += hunk.items.length - (hunk.to - hunk.from);
    at = hunk.to;
  }
  for (let i = at; i < baseLength; i++) map[i] = i + shift;
  return map;
}

/** Two hunks (sorted by start) collide when their ranges overlap, or when one inserts where the other begins or ends. */
function collide(a: Hunk, b: Hunk): boolean {
  if (a.from < b.to && b.from < a.to) return true;
  const insertion = a.from === a.to || b.from === b.to;
  return insertion && a.from <= b.to && b.from <= a.to;
}

function sameItems(a: readonly TranscriptItem[], b: readonly TranscriptItem[]): boolean {
  return a.length === b.length && a.every((item, i) => itemKey(item) === itemKey(b[i]!));
}

type EntriesMerge = { ok: true; entries: FrontEntry[]; fromDisk: number; fromMine: number } | { ok: false; conflicts: MergeConflict[] };

/** The frontmatter keys: the disk's, with the values the user changed (and the disk did not) put in. */
function mergeEntries(base: EpisodeDocument, mine: EpisodeDocument, disk: EpisodeDocument): EntriesMerge {
  const valueIn = (doc: EpisodeDocument, key: string): YamlValue | undefined => doc.entries.find((e) => e.key === key)?.value;
  const conflicts: MergeConflict[] = [];
  const changedByMe = new Map<string, YamlValue>();
  for (const entry of mine.entries) {
    if (entry.key === 'transcript') continue;
    const was = valueIn(base, entry.key);
    if (was !== undefined && sameValue(was, entry.value)) continue;
    const now = valueIn(disk, entry.key);
    const diskChanged = now === undefined || was === undefined || !sameValue(was, now);
    if (diskChanged && !(now !== undefined && sameValue(now, entry.value))) conflicts.push({ kind: 'key', key: entry.key });
    else if (!diskChanged) changedByMe.set(entry.key, entry.value);
  }
  // A key the user's document lost (no command does that) is a change too: refuse to guess.
  for (const entry of base.entries) if (entry.key !== 'transcript' && valueIn(mine, entry.key) === undefined) conflicts.push({ kind: 'key', key: entry.key });
  if (conflicts.length) return { ok: false, conflicts };
  const fromDisk = disk.entries.filter((e) => e.key !== 'transcript' && !sameKeyValue(base, e)).length;
  const entries = disk.entries.map((e) => (changedByMe.has(e.key) ? { ...e, value: changedByMe.get(e.key)! } : e));
  return { ok: true, entries, fromDisk, fromMine: changedByMe.size };
}

function sameKeyValue(doc: EpisodeDocument, entry: FrontEntry): boolean {
  const other = doc.entries.find((e) => e.key === entry.key);
  return other !== undefined && sameValue(other.value, entry.value);
}

/** The text around the frontmatter, which the merge takes from the disk: the user's document changing it (the editor never does) is a conflict unless the disk agrees. */
function textConflicts(base: EpisodeDocument, mine: EpisodeDocument, disk: EpisodeDocument): MergeConflict[] {
  const parts = [
    ['before the frontmatter', (d: EpisodeDocument) => d.preamble + d.opening + d.lead],
    ['after the frontmatter', (d: EpisodeDocument) => d.end],
  ] as const;
  return parts.filter(([, text]) => text(mine) !== text(base) && text(mine) !== text(disk)).map(([part]) => ({ kind: 'text', part }));
}

/** A YAML value as plain JSON (maps become entry lists, in order), for keys. */
function plain(value: YamlValue): unknown {
  if (value instanceof Map) return [...value].map(([k, v]) => [plain(k as YamlValue), plain(v as YamlValue)]);
  if (Array.isArray(value)) return value.map((v: YamlValue) => plain(v));
  if (typeof value === 'bigint') return { bigint: value.toString() };
  // Floats and timestamps are objects of their own (1.0 is not 1), which JSON keeps apart.
  return value;
}
