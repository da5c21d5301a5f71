/**
 * The files the user chose, which are the only ones main reads or writes for the page. A path arrives
 * here from main's side only: a dialog's answer, a drop (reported by the preload, not the page), the
 * command line, a second instance or the OS's "open with", the recent-files list, the harness's own
 * `--episode` and `--audio`, and the audio found beside a chosen episode. A path the page sends is
 * looked up here before anything touches it; symbolic links are resolved on both sides, so a link
 * cannot stand for another file.
 */
import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';

/** What a chosen file may be used for: an episode opened and saved, a raw transcript read for import, audio played and drawn. */
export type PathUse = 'episode' | 'raw' | 'audio';

/** How the user chooses a file for each use, for the refusal's message. */
const HOW_TO_CHOOSE: Readonly<Record<PathUse, string>> = {
  episode: 'open it with File › Open…, Open Recent, a drop or the command line',
  raw: 'pick it with File › Import Raw Transcript… or drop it on the window',
  audio: 'pick it with File › Open Audio…, or put it beside the episode under the same name',
};

/** The path with symbolic links resolved: the file's, or its folder's when the file does not exist yet (a new Save As target). */
export async function canonicalPath(path: string): Promise<string> {
  const absolute = resolve(path);
  const real = await realpath(absolute).catch(() => null);
  if (real !== null) return real;
  const folder = await realpath(dirname(absolute)).catch(() => null);
  return folder === null ? absolute : join(folder, basename(absolute));
}

/** The paths the user chose in this run, by their real path, each with the uses it was chosen for. */
export class GrantedPaths {
  private readonly granted = new Map<string, Set<PathUse>>();
  /** The grants still resolving their paths: a check waits for every grant made before it. */
  private pending: Promise<unknown> = Promise.resolve();

  /** Grants an absolute path the user chose for the given uses. */
  grant(path: string, ...uses: PathUse[]): Promise<void> {
    if (!isAbsolute(path)) return Promise.reject(new Error(`${path}: not an absolute path`));
    const done = canonicalPath(path).then((real) => {
      const set = this.granted.get(real) ?? new Set<PathUse>();
      for (const use of uses) set.add(use);
      this.granted.set(real, set);
    });
    this.pending = Promise.all([this.pending, done]);
    return done;
  }

  /** True when the path (or the file a link at it points to) was chosen for this use. */
  async allows(path: string, use: PathUse): Promise<boolean> {
    await this.pending;
    return this.granted.get(await canonicalPath(path))?.has(use) ?? false;
  }

  /** Fails with a message naming the operation and the path unless the path is absolute and was chosen for this use. */
  async require(op: string, path: string, use: PathUse): Promise<void> {
    if (!isAbsolute(path)) throw new Error(`${path}: not an absolute path`);
    if (!(await this.allows(path, use))) throw new Error(`${op}: refused ${path}: not a file you chose (${HOW_TO_CHOOSE[use]})`);
  }
}
