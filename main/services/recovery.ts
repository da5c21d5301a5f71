import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import type { Recovery } from '../../shared/api.js';
import { isEstimatedMark, MAX_ESTIMATED_MARKS } from './estimated-times.js';
import { writeFileAtomic } from './files.js';

/** The folder, inside the user-data folder, with one recovery file per episode. */
export const RECOVERY_DIR_NAME = 'recovery';

/** How many episodes' unsaved work is kept; the least recently written are dropped first. */
const MAX_RECOVERIES = 20;

/** The longest text kept (in UTF-16 units, about the bytes of an English transcript): far above any real episode. */
export const MAX_RECOVERY_TEXT = 32 * 1024 * 1024;

/** The format of a recovery file, written in it so that a later change can tell. */
const FORMAT = 1;

/**
 * Unsaved work kept in the user-data folder, one JSON file per episode (named by a hash of its path,
 * `new` for the one new episode), so that a crash or a kill loses a few seconds of edits at most.
 * Never written into the episode. Each write replaces the file atomically; writes and removals of one
 * episode go one after another. A missing or damaged file reads as nothing.
 */
export class RecoveryStore {
  /** The last write or removal of each file, so that the next one starts after it. */
  private readonly pending = new Map<string, Promise<void>>();

  constructor(private readonly dir: string) {}

  /** The store in a user-data folder (its folder is made on the first write). */
  static in(userDataDir: string): RecoveryStore {
    return new RecoveryStore(join(userDataDir, RECOVERY_DIR_NAME));
  }

  /** Keeps the unsaved work on an episode, replacing what was kept for it; drops the oldest beyond the bound. */
  save(recovery: Recovery): Promise<void> {
    if (recovery.text.length > MAX_RECOVERY_TEXT) return Promise.reject(new Error(`saveRecovery: the text is ${recovery.text.length} characters, more than ${MAX_RECOVERY_TEXT}`));
    const path = recovery.path === undefined ? undefined : resolve(recovery.path);
    const entry = { format: FORMAT, ...recovery, ...(path !== undefined && { path }), estimated: recovery.estimated.slice(0, MAX_ESTIMATED_MARKS) };
    return this.after(this.fileFor(path), async (file) => {
      await mkdir(this.dir, { recursive: true });
      await writeFileAtomic(file, `${JSON.stringify(entry)}\n`);
      await this.prune();
    });
  }

  /** The unsaved work kept for an episode (`undefined`: the new one), or null when there is none or it is damaged. */
  async get(episodePath: string | undefined): Promise<Recovery | null> {
    const path = episodePath === undefined ? undefined : resolve(episodePath);
    const file = this.fileFor(path);
    await this.pending.get(file);
    const value = await readFile(file, 'utf8').then(
      (text) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          return undefined;
        }
      },
      () => undefined,
    );
    const recovery = parseRecovery(value);
    return recovery && recovery.path === path ? recovery : null;
  }

  /** Forgets the unsaved work kept for an episode (`undefined`: the new one). */
  clear(episodePath: string | undefined): Promise<void> {
    const file = this.fileFor(episodePath === undefined ? undefined : resolve(episodePath));
    return this.after(file, (f) => rm(f, { force: true }));
  }

  private fileFor(path: string | undefined): string {
    const name = path === undefined ? 'new' : createHash('sha256').update(path).digest('hex').slice(0, 32);
    return join(this.dir, `${name}.json`);
  }

  /** Runs a change of one file after the ones before it (a failure fails its own caller only). */
  private after(file: string, change: (file: string) => Promise<void>): Promise<void> {
    const done = (this.pending.get(file) ?? Promise.resolve()).catch(() => undefined).then(() => change(file));
    this.pending.set(file, done);
    void done.catch(() => undefined).finally(() => this.pending.get(file) === done && this.pending.delete(file));
    return done;
  }

  /** Removes the least recently written files beyond the bound. */
  private async prune(): Promise<void> {
    const names = (await readdir(this.dir).catch(() => [] as string[])).filter((name) => name.endsWith('.json'));
    if (names.length <= MAX_RECOVERIES) return;
    const aged = await Promise.all(names.map(async (name) => ({ name, mtimeMs: (await stat(join(this.dir, name)).catch(() => null))?.mtimeMs ?? 0 })));
    aged.sort((a, b) => a.mtimeMs - b.mtimeMs);
    await Promise.all(aged.slice(0, aged.length - MAX_RECOVERIES).map(({ name }) => rm(join(this.dir, name), { force: true })));
  }
}

/** A recovery as written, or null for anything else (a damaged or foreign file). */
function parseRecovery(value: unknown): Recovery | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (v.format !== FORMAT || typeof v.name !== 'string' || typeof v.text !== 'string' || typeof v.savedAt !== 'number' || !Array.isArray(v.estimated)) return null;
  if (v.path !== undefined && (typeof v.path !== 'string' || !isAbsolute(v.path))) return null;
  if (v.baseHash !== undefined && typeof v.baseHash !== 'string') return null;
  if (v.baseMtimeMs !== undefined && typeof v.baseMtimeMs !== 'number') return null;
  if (!v.estimated.every(isEstimatedMark)) return null;
  return {
    ...(v.path !== undefined && { path: v.path }),
    name: v.name,
    text: v.text,
    estimated: v.estimated.map(({ index, sec }) => ({ index, sec })),
    ...(v.baseHash !== undefined && { baseHash: v.baseHash }),
    ...(v.baseMtimeMs !== undefined && { baseMtimeMs: v.baseMtimeMs }),
    savedAt: v.savedAt,
  };
}
