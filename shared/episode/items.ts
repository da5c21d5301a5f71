import type { YamlMap, YamlValue } from '../yaml/value.js';

/** Where an item came from in its file: its exact bytes, what they load to, and its first line. */
export interface ItemOrigin {
  /** The item's own lines, from its `- ` to the end of its value, exactly as read. */
  readonly text: string;
  /** What PyYAML loads from those lines: written back unchanged while the item is unedited. */
  readonly value: YamlValue;
  /** 1-based line of the item's `- ` in the whole file. */
  readonly line: number;
  /** The source text of a plain `time` scalar that a YAML 1.1 reader takes for a number (`1:33`, `0:41`). */
  readonly plainTime?: string;
}

interface ItemBase {
  /** Set on items read from a file; an item counts as edited once its fields no longer load to `origin.value`. */
  readonly origin?: ItemOrigin;
  /** Blank or comment lines that follow the item in the file, kept in place when the item is edited. */
  readonly trivia?: string;
}

/** A speaker turn: `{line, sec, time, who}`, or a continuation paragraph `{line, who}`. */
export interface Turn extends ItemBase {
  readonly kind: 'turn';
  readonly line: string;
  readonly sec?: number;
  readonly time?: string;
  readonly who?: string;
  /**
   * The time is a guess (spread over an import, or interpolated at a split), shown flagged until the
   * user confirms or sets it. Never written to the file: the format has no place for it.
   */
  readonly estimated?: boolean;
}

/** A section header (a chapter title): `{header}`. */
export interface Header extends ItemBase {
  readonly kind: 'header';
  readonly header: string;
}

/** Any other item, kept as it is: the editor shows it and never rewrites it on its own. */
export interface UnknownItem extends ItemBase {
  readonly kind: 'unknown';
  readonly value: YamlValue;
  /** Why it is not a turn or a header, for the validation message. */
  readonly reason: string;
}

/** One entry of the `transcript` list. */
export type TranscriptItem = Turn | Header | UnknownItem;

/** The keys of a turn, in the order every writer of these files uses. */
export const TURN_KEYS = ['line', 'sec', 'time', 'who'] as const;

/** The value an item stands for, as the YAML writer takes it. */
export function itemValue(item: TranscriptItem): YamlValue {
  switch (item.kind) {
    case 'header':
      return new Map([['header', item.header]]);
    case 'unknown':
      return item.value;
    case 'turn': {
      const map = new Map<string, YamlValue>();
      for (const key of TURN_KEYS) {
        const v = item[key];
        if (v !== undefined) map.set(key, v);
      }
      return map;
    }
  }
}

/** Structural equality of loaded YAML values; map key order is ignored, as a reader ignores it. */
export function sameValue(a: YamlValue, b: YamlValue): boolean {
  if (a === b) return true;
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !sameValue(v, b.get(k) as YamlValue)) return false;
    return true;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v: YamlValue, i: number) => sameValue(v, b[i] as YamlValue));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    return a.constructor === b.constructor && JSON.stringify(a) === JSON.stringify(b);
  }
  return false;
}

/** True when the item still loads to what its file held, so its original bytes can be written back. */
export function isUnedited(item: TranscriptItem): item is TranscriptItem & { origin: ItemOrigin } {
  if (!item.origin) return false;
  if (item.kind === 'unknown') return item.value === item.origin.value;
  const fields = itemValue(item);
  const { plainTime, value: original } = item.origin;
  if (item.kind === 'turn' && plainTime !== undefined && original instanceof Map && fields instanceof Map) {
    // PyYAML loads the file's plain `time: 1:33` as 93; the turn holds the text, which is no edit.
    const withoutTime = (m: YamlMap): YamlMap => new Map([...m].filter(([k]) => k !== 'time'));
    return item.time === plainTime && sameValue(withoutTime(fields), withoutTime(original));
  }
  return sameValue(fields, original);
}

/** The turns among the items, in order. */
export function turnsOf(items: readonly TranscriptItem[]): Turn[] {
  return items.flatMap((item) => (item.kind === 'turn' ? [item] : []));
}

/** The text of every turn, in order (the words an episode says). */
export function turnLines(items: readonly TranscriptItem[]): string[] {
  return turnsOf(items).map((turn) => turn.line);
}
