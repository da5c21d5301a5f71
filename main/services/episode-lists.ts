import { isAbsolute, resolve } from 'node:path';
import { JsonFile } from './json-file.js';

/** How many episodes' lists one file keeps; the least recently set are dropped first. */
const MAX_EPISODES = 200;

/**
 * A list per episode (by absolute path), kept as JSON in the user-data folder, never in the episode
 * file. Each list goes through `clean` when read and when set, so that a damaged or hand-edited file
 * gives only what a list may hold; a missing or damaged file starts empty.
 */
export class EpisodeLists<T> {
  private constructor(
    private readonly file: JsonFile,
    private readonly clean: (items: readonly unknown[]) => T[],
    private readonly lists: Map<string, readonly T[]>,
  ) {}

  /** Reads the lists kept in a file (created on the first list set). */
  static async open<T>(path: string, clean: (items: readonly unknown[]) => T[]): Promise<EpisodeLists<T>> {
    const file = new JsonFile(path);
    return new EpisodeLists(file, clean, parseLists(await file.read(), clean));
  }

  /** The list set for an episode, or undefined when it has none. */
  get(episodePath: string): readonly T[] | undefined {
    return this.lists.get(resolve(episodePath));
  }

  /** Remembers an episode's list (an empty one forgets it) and writes the file. */
  set(episodePath: string, items: readonly unknown[]): Promise<void> {
    const key = resolve(episodePath);
    const kept = this.clean(items);
    if (kept.length === 0 && !this.lists.has(key)) return Promise.resolve();
    // Re-inserting moves the entry to the end, so the oldest episodes are the first ones dropped.
    this.lists.delete(key);
    if (kept.length > 0) this.lists.set(key, kept);
    while (this.lists.size > MAX_EPISODES) this.lists.delete(this.lists.keys().next().value!);
    return this.file.write(Object.fromEntries(this.lists));
  }
}

/** The lists in a saved file; anything unexpected is dropped. */
function parseLists<T>(value: unknown, clean: (items: readonly unknown[]) => T[]): Map<string, readonly T[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return new Map();
  const entries: [string, readonly T[]][] = [];
  for (const [path, items] of Object.entries(value)) {
    if (!isAbsolute(path) || !Array.isArray(items)) continue;
    const kept = clean(items);
    if (kept.length > 0) entries.push([path, kept]);
  }
  return new Map(entries.slice(-MAX_EPISODES));
}
