import type { Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, resolve } from 'node:path';
import { describeFsError } from './files.js';

/** File name endings of episode files (the team's seeds end in `.txt`). */
export const EPISODE_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

/** True when the name ends in an episode extension (any letter case). */
export function hasEpisodeExtension(path: string): boolean {
  return (EPISODE_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/** Why a path cannot name an episode file at all, or null when its form is fine. */
function formProblem(path: string): string | null {
  if (!isAbsolute(path)) return 'not an absolute path';
  if (!hasEpisodeExtension(path)) return `not an episode file (the name must end in ${EPISODE_EXTENSIONS.join(', ')})`;
  return null;
}

/**
 * Checks that a path names an existing episode file that can be opened: absolute, with an episode
 * extension, and a regular file (not a folder, device or pipe). Returns its stats.
 */
export async function requireEpisodeFile(path: string): Promise<Stats> {
  const problem = formProblem(path);
  if (problem) throw new Error(`${path}: ${problem}`);
  const stats = await stat(path).catch((err: unknown) => {
    throw new Error(`${path}: cannot open: ${describeFsError(err)}`);
  });
  if (!stats.isFile()) throw new Error(`${path}: cannot open: not a regular file`);
  return stats;
}

/** Checks that a path may be saved to: absolute, with an episode extension, and not an existing non-file. */
export async function requireSaveTarget(path: string): Promise<void> {
  const problem = formProblem(path);
  if (problem) throw new Error(`${path}: ${problem}`);
  const stats = await stat(path).catch(() => null);
  if (stats && !stats.isFile()) throw new Error(`${path}: cannot save: not a regular file`);
}

/** True when two paths name the same file, following symbolic links where the files exist. */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  const real = (path: string) => realpath(path).catch(() => resolve(path));
  return (await real(a)) === (await real(b));
}
