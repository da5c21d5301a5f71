import { isAbsolute, join, resolve } from 'node:path';
import { JsonFile } from './json-file.js';

/** The file, inside the user-data folder, that holds each episode's speaker order. */
export const SPEAKER_ORDERS_FILE_NAME = 'speaker-orders.json';

/** How many episodes' orders are kept; the least recently set are dropped first. */
const MAX_EPISODES = 200;

/** How many names one order keeps, and how long a name may be. */
export const MAX_ORDERED_SPEAKERS = 100;
export const MAX_SPEAKER_NAME_LENGTH = 200;

/**
 * The order the user gave each episode's speakers (their keys Alt+1…9 and colours), kept as JSON in
 * the user-data folder, never in the episode file. A missing or damaged file starts empty: losing an
 * order only brings back the order of first appearance.
 */
export class SpeakerOrders {
  private constructor(
    private readonly file: JsonFile,
    private readonly orders: Map<string, readonly string[]>,
  ) {}

  /** Reads the orders kept in the given folder (created on the first order set). */
  static async open(userDataDir: string): Promise<SpeakerOrders> {
    const file = new JsonFile(join(userDataDir, SPEAKER_ORDERS_FILE_NAME));
    return new SpeakerOrders(file, parseOrders(await file.read()));
  }

  /** The order set for an episode ([] when none). */
  get(episodePath: string): readonly string[] {
    return this.orders.get(resolve(episodePath)) ?? [];
  }

  /** Remembers an episode's order (an empty list forgets it) and writes the file. */
  set(episodePath: string, names: readonly string[]): Promise<void> {
    const key = resolve(episodePath);
    // Re-inserting moves the entry to the end, so the oldest episodes are the first ones dropped.
    this.orders.delete(key);
    const kept = cleanNames(names);
    if (kept.length > 0) this.orders.set(key, kept);
    while (this.orders.size > MAX_EPISODES) this.orders.delete(this.orders.keys().next().value!);
    return this.file.write(Object.fromEntries(this.orders));
  }
}

/** The distinct, non-empty names of a list, within the limits. */
function cleanNames(names: readonly unknown[]): string[] {
  const kept = names.filter((n): n is string => typeof n === 'string' && n !== '' && n.length <= MAX_SPEAKER_NAME_LENGTH);
  return [...new Set(kept)].slice(0, MAX_ORDERED_SPEAKERS);
}

/** The orders in a saved file; anything unexpected is dropped. */
function parseOrders(value: unknown): Map<string, readonly string[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return new Map();
  const entries: [string, readonly string[]][] = [];
  for (const [path, names] of Object.entries(value)) {
    if (!isAbsolute(path) || !Array.isArray(names)) continue;
    const kept = cleanNames(names);
    if (kept.length > 0) entries.push([path, kept]);
  }
  return new Map(entries.slice(-MAX_EPISODES));
}
