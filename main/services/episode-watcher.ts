/**
 * Watches the open episode file, and says when its bytes change on disk (a `git pull`, another
 * editor). By content: a bare `touch` is no change, and neither is a save of our own. The file's
 * folder is watched, not the file, so that editors that write a new file and rename it over the old
 * one are seen too; for a symbolic link, the target's folder as well.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { EpisodeFile } from '../../shared/api.js';
import { errorMessage } from '../../shared/errors.js';
import { contentHash } from './episodes.js';

/** How long the file is left alone after the last event before it is read: an editor's write comes in several steps. */
export const WATCH_DEBOUNCE_MS = 100;

/** Reads the watched file as the renderer gets it. */
export type ReadEpisode = (path: string) => Promise<EpisodeFile>;

/** The file watched, and what is known of its bytes. */
interface Watched {
  readonly path: string;
  read: ReadEpisode;
  /** The hash of the bytes the renderer holds (read, saved, reloaded): no news. */
  base: string;
  /** The hash last reported as changed on disk: not reported twice. */
  reported?: string;
  /** The file's path with links resolved, where its folder is watched too. */
  real: string;
  watchers: FSWatcher[];
}

/** Watches one episode file at a time (the window's) and reports changes of its bytes. */
export class EpisodeWatcher {
  private watched: Watched | undefined;
  /** Hashes of our own saves under way: their bytes are no news. */
  private readonly writing = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private checking: Promise<void> = Promise.resolve();

  constructor(
    /** Hears the file as it is on disk now, once its bytes differ from what the renderer holds. */
    private readonly onChange: (file: EpisodeFile) => void,
    private readonly debounceMs = WATCH_DEBOUNCE_MS,
  ) {}

  /** Watches `path`, whose bytes the renderer holds as `base` (instead of any file watched before); checks it at once. */
  async watch(path: string, base: string, read: ReadEpisode): Promise<void> {
    if (this.watched?.path === path) {
      this.watched.read = read;
      if (this.watched.base !== base) this.rebase(this.watched, base);
    } else {
      this.unwatch();
      this.watched = { path, read, base, real: await realPath(path), watchers: [] };
      this.listen(this.watched);
    }
    await this.check();
  }

  /** Stops watching (a new episode that has no file yet). */
  unwatch(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    for (const watcher of this.watched?.watchers ?? []) watcher.close();
    this.watched = undefined;
  }

  /**
   * Tells the watcher that we are about to write `hash`'s bytes to `path` (a save): they are not
   * reported. Call the result when the write is over, with true when it was written, which makes those
   * bytes the renderer's.
   */
  beginWrite(path: string, hash: string): (written: boolean) => void {
    this.writing.set(hash, (this.writing.get(hash) ?? 0) + 1);
    return (written) => {
      const left = (this.writing.get(hash) ?? 1) - 1;
      if (left > 0) this.writing.set(hash, left);
      else this.writing.delete(hash);
      if (written && this.watched?.path === path) this.rebase(this.watched, hash);
    };
  }

  /** The renderer holds other bytes now: those are no news, and any other change is news again. */
  private rebase(watched: Watched, base: string): void {
    watched.base = base;
    watched.reported = undefined;
  }

  /** Resolves once the checks asked for so far are done (for tests, and for closing). */
  settled(): Promise<void> {
    return this.checking;
  }

  /** Stops watching and lets go of everything. */
  close(): void {
    this.unwatch();
  }

  /** Watches the folders of the path and of its target: renames over the file are events of its folder. */
  private listen(watched: Watched): void {
    const names = new Set([basename(watched.path), basename(watched.real)]);
    for (const folder of new Set([dirname(watched.path), dirname(watched.real)])) {
      try {
        const watcher = watch(folder, { persistent: false }, (_event, name) => {
          if (name === null || names.has(name.toString())) this.schedule();
        });
        // A folder removed or unmounted: nothing more to hear from it.
        watcher.on('error', (err) => console.warn(`not watching ${folder}: ${errorMessage(err)}`));
        watched.watchers.push(watcher);
      } catch (err) {
        console.warn(`not watching ${folder}: ${errorMessage(err)}`);
      }
    }
  }

  private schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.check();
    }, this.debounceMs);
  }

  /** Reads the file and reports it if its bytes are news; one check at a time. */
  private check(): Promise<void> {
    this.checking = this.checking.then(() => this.checkNow()).catch((err: unknown) => console.warn(`watching the episode: ${errorMessage(err)}`));
    return this.checking;
  }

  private async checkNow(): Promise<void> {
    const watched = this.watched;
    if (!watched) return;
    // Gone, or between an editor's delete and its rename: the next event tells.
    const bytes = await readFile(watched.path).catch(() => undefined);
    if (!bytes || this.known(watched, contentHash(bytes))) return;
    const file = await watched.read(watched.path);
    if (this.watched !== watched || this.known(watched, file.hash)) return;
    watched.reported = file.hash;
    this.onChange(file);
    // A link pointed elsewhere since: watch the new target's folder from now on.
    const real = await realPath(watched.path);
    if (real !== watched.real && this.watched === watched) {
      for (const watcher of watched.watchers) watcher.close();
      watched.real = real;
      watched.watchers = [];
      this.listen(watched);
    }
  }

  private known(watched: Watched, hash: string): boolean {
    return hash === watched.base || hash === watched.reported || this.writing.has(hash);
  }
}

/** The path with symbolic links resolved; the path itself when that fails (the file is gone). */
function realPath(path: string): Promise<string> {
  return realpath(path).catch(() => path);
}
