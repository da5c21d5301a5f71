import type { EpisodeDocument } from './document.js';
import { isUnedited, type Turn, type TranscriptItem } from './items.js';
import { emitItem } from './write.js';
import { formatTime, parseTime } from './time.js';

/** The turn with a new `sec`, its `time` following as `M:SS` or `H:MM:SS`. */
export function withSec<T extends Turn>(turn: T, sec: number): T {
  const whole = Math.max(0, Math.round(sec));
  return { ...turn, sec: whole, time: formatTime(whole) };
}

/** The turn with a new time text, its `sec` following; undefined when the text is no clock time. */
export function withTime<T extends Turn>(turn: T, time: string): T | undefined {
  const parsed = parseTime(time);
  return parsed && withSec(turn, parsed.sec);
}

/** The document with its transcript items replaced. */
export function withItems(doc: EpisodeDocument, items: readonly TranscriptItem[]): EpisodeDocument {
  if (doc.transcript || items.length === 0) return { ...doc, items };
  // A file without a transcript gets the key appended, as PyYAML would write it last.
  const entry = doc.entries.length;
  return { ...doc, items, entries: [...doc.entries, { key: 'transcript', value: [] }], transcript: { entry, head: '', tail: '', block: false } };
}

/** Replaces the items in [from, to) with `replacement`. */
export function spliceItems(doc: EpisodeDocument, from: number, to: number, replacement: readonly TranscriptItem[]): EpisodeDocument {
  return withItems(doc, [...doc.items.slice(0, from), ...replacement, ...doc.items.slice(to)]);
}

/**
 * The fixes `episode fmt` makes without `--rewrite`: items whose bytes differ from what the file's
 * writer makes of them (such as a plain `time: 0:41`, a number to Ruby's YAML) are written anew.
 */
export function normaliseEpisode(doc: EpisodeDocument): EpisodeDocument {
  let changed = false;
  const items = doc.items.map((item) => {
    // An unknown item is kept as it is (the warning says so), in whatever style it was written.
    if (item.kind === 'unknown' || !isUnedited(item) || item.origin.text === emitItem(item, doc.style)) return item;
    changed = true;
    const { origin: _dropped, ...rest } = item;
    return rest as TranscriptItem;
  });
  return changed ? { ...doc, items } : doc;
}
