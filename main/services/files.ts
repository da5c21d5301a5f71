import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errorMessage } from '../../shared/errors.js';

/** Reads a text file as UTF-8, failing with a one-line message that names it. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new Error(`${path}: cannot read: ${describeFsError(err)}`);
  }
}

/**
 * Replaces a file's contents all at once: the text (or bytes) goes to a temporary file beside it, is
 * flushed to disk, then renamed over the original, so a crash or a full disk never leaves half a file.
 */
export async function writeFileAtomic(path: string, text: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = await stat(path).then((s) => s.mode, () => 0o644);
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw new Error(`${path}: cannot write: ${describeFsError(err)}`);
  }
}

/** The reason of a file-system error, without Node's stack noise. */
export function describeFsError(err: unknown): string {
  if (err instanceof Error && 'code' in err) {
    const code = String((err as NodeJS.ErrnoException).code);
    const reasons: Record<string, string> = {
      ENOENT: 'no such file',
      EACCES: 'permission denied',
      EISDIR: 'it is a folder',
      ENOSPC: 'the disk is full',
      EROFS: 'the file system is read-only',
    };
    return reasons[code] ?? err.message;
  }
  return errorMessage(err);
}
