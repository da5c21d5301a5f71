import { join } from 'node:path';
import { JsonFile } from './json-file.js';

/** How many recent files are kept. */
export const MAX_RECENT = 10;

/** The file, inside the user-data folder, that holds the list. */
export const RECENT_FILE_NAME = 'recent-files.json';

/**
 * The recently opened episode files, newest first, without duplicates, kept as JSON in the user-data
 * folder. A missing or damaged file starts an empty list: losing the list must never stop the app.
 */
export class RecentFiles {
  private paths: string[];
  private readonly listeners = new Set<() => void>();

  private constructor(
    private readonly file: JsonFile,
    paths: string[],
  ) {
    this.paths = paths;
  }

  /** Reads the list kept in the given folder (created on the first save). */
  static async open(userDataDir: string): Promise<RecentFiles> {
    const file = new JsonFile(join(userDataDir, RECENT_FILE_NAME));
    return new RecentFiles(file, parseRecent(await file.read()));
  }

  /** The paths, newest first. */
  list(): string[] {
    return [...this.paths];
  }

  /** Puts a path first (moving it if already listed) and saves. */
  add(path: string): Promise<void> {
    return this.replace([path, ...this.paths.filter((p) => p !== path)]);
  }

  /** Drops a path (a file that no longer exists) and saves. */
  remove(path: string): Promise<void> {
    return this.paths.includes(path) ? this.replace(this.paths.filter((p) => p !== path)) : Promise.resolve();
  }

  /** Empties the list and saves. */
  clear(): Promise<void> {
    return this.replace([]);
  }

  /** Calls the listener after every change (to rebuild the Open Recent menu); returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private replace(paths: string[]): Promise<void> {
    this.paths = paths.slice(0, MAX_RECENT);
    const written = this.file.write(this.paths);
    for (const listener of this.listeners) listener();
    return written;
  }
}

/** The list in a saved file; anything unexpected gives an empty list (or drops the odd entry). */
function parseRecent(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const paths = value.filter((p): p is string => typeof p === 'string' && p.length > 0);
  return [...new Set(paths)].slice(0, MAX_RECENT);
}
