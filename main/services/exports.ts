import { stat } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import type { SavedFile } from '../../shared/api.js';
import { writeFileAtomic } from './files.js';
import { isSameFile } from './paths.js';

/** What an export must not overwrite. */
export interface ExportGuard {
  /** The episode the export was made from. */
  readonly source: string | undefined;
  /** True for the bundled sample. */
  isSample(path: string): Promise<boolean>;
}

/** Writes an export atomically, never over the episode it was made from, the bundled sample, or anything but a file. */
export async function exportTo(path: string, data: string | Uint8Array, guard: ExportGuard): Promise<SavedFile> {
  if (!isAbsolute(path)) throw new Error(`${path}: not exported: not an absolute path`);
  if (guard.source !== undefined && (await isSameFile(path, guard.source))) throw new Error(`${path}: not exported: that is the episode itself; choose another name`);
  if (await guard.isSample(path)) throw new Error(`${path}: not exported: that is the bundled sample episode`);
  const existing = await stat(path).catch(() => null);
  if (existing && !existing.isFile()) throw new Error(`${path}: not exported: not a regular file`);
  await writeFileAtomic(path, data);
  return { path, mtimeMs: (await stat(path)).mtimeMs };
}
