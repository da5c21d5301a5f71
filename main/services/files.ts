import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { copyFile, lstat, open, readFile, readlink, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { errorMessage } from '../../shared/errors.js';

/** A file that is not valid UTF-8: where its first bad byte is, so that the message can point at it. */
export class EncodingError extends Error {
  constructor(
    readonly path: string,
    /** 1-based line of the first bad byte. */
    readonly line: number,
    /** 1-based column (in characters) of the first bad byte. */
    readonly column: number,
    readonly byte: number,
  ) {
    super(`${path}:${line}:${column}: ${encodingReason(byte)}`);
  }

  /** `0xFF`: the first bad byte, as messages show it. */
  get byteHex(): string {
    return hex(this.byte);
  }

  /** The message without the place, for a problem (`encoding-invalid`) that carries file, line and column itself. */
  get reason(): string {
    return encodingReason(this.byte);
  }
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

function encodingReason(byte: number): string {
  return `not valid UTF-8 (byte ${hex(byte)}); nothing is ever written to it, so no byte of it is replaced`;
}

// Strict: a lossy decode turns bad bytes into U+FFFD, and the next save writes those over the user's bytes.
// `ignoreBOM` keeps a leading byte order mark in the text, so that a save writes it back.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads a text file as UTF-8, failing with a one-line message that names it; bytes that are not UTF-8 are
 * never replaced: the read fails with an EncodingError naming the line and column of the first one.
 */
export async function readTextFile(path: string): Promise<string> {
  return decodeUtf8(await readFileBytes(path), path);
}

/** Reads a file's bytes, failing with a one-line message that names it. */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (err) {
    throw new Error(`${path}: cannot read: ${describeFsError(err)}`);
  }
}

/** Decodes UTF-8 strictly (a leading BOM kept as U+FEFF); throws an EncodingError at the first invalid byte. */
export function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    if (at < 0) throw new Error(`${path}: not valid UTF-8; nothing is ever written to it, so no byte of it is replaced`);
    const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
    let line = 1;
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
    const before = strictUtf8.decode(bytes.subarray(lineStart, at));
    throw new EncodingError(path, line, [...before].length + 1, bytes[at]!);
  }
}

/** The offset of the first byte that starts no valid UTF-8 sequence (the WHATWG decoder's rules), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const cont = (i: number, lo = 0x80, hi = 0xbf) => i < bytes.length && bytes[i]! >= lo && bytes[i]! <= hi;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let size = 0;
    if (b < 0x80) size = 1;
    else if (b >= 0xc2 && b <= 0xdf) size = cont(i + 1) ? 2 : 0;
    else if (b >= 0xe0 && b <= 0xef) {
      const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
      size = cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const [lo, hi] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
      size = cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    if (size === 0) return i;
    i += size;
  }
  return -1;
}

/**
 * Replaces a file's contents all at once, where the user means: through a symbolic link, the link's
 * target is written (the link stays a link), and the file keeps its permissions. The text (or bytes)
 * goes to a temporary file beside the target, is flushed to disk, renamed over the target, and the
 * folder is flushed, so a crash or a full disk never leaves half a file; the written file is then read
 * back and compared. A file with hard links (nlink > 1) is written in place instead, see writeInPlace.
 */
export async function writeFileAtomic(path: string, text: string | Uint8Array): Promise<void> {
  const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let target = path;
  try {
    target = await resolveLinks(path);
    const existing = await stat(target).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined;
      throw err;
    });
    if (existing && !existing.isFile()) throw Object.assign(new Error('not a plain file'), { code: existing.isDirectory() ? 'EISDIR' : 'ENOTFILE' });
    if (existing && existing.nlink > 1) await writeInPlace(target, data);
    else await replaceByRename(target, data, existing ? existing.mode & 0o7777 : 0o644);
    await verifyWritten(target, data);
  } catch (err) {
    const where = target === path ? path : `${path} (a link to ${target})`;
    throw new Error(`${where}: cannot write: ${describeFsError(err)}`);
  }
}

/** The file a path names once every symbolic link is followed; also for a link whose target does not exist yet. */
async function resolveLinks(path: string): Promise<string> {
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    const link = await lstat(current).catch(() => undefined);
    if (!link?.isSymbolicLink()) return hops === 0 ? current : realpath(dirname(current)).then((dir) => join(dir, basename(current)));
    current = resolve(dirname(current), await readlink(current));
  }
  throw Object.assign(new Error('too many levels of symbolic links'), { code: 'ELOOP' });
}

/** Temp file beside the target, flushed, renamed over it; then the folder is flushed so that the rename itself survives a crash. */
async function replaceByRename(target: string, data: Uint8Array, mode: number): Promise<void> {
  const temp = siblingName(target, 'tmp');
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.chmod(mode); // open's mode is narrowed by the umask: the file keeps exactly the target's permissions
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  await syncFolder(dirname(target));
}

/**
 * A file with several hard links: renaming a new file over one name would split it from the others,
 * which would keep the old text. So the old contents are first copied to a backup beside it and the
 * backup flushed; then the file is truncated and written in place and flushed; the backup is removed
 * only once the file reads back as written. If the write fails half way (a full disk, a crash), the
 * backup is still there, and the message names it.
 */
async function writeInPlace(target: string, data: Uint8Array): Promise<void> {
  const backup = siblingName(target, 'bak');
  await copyFile(target, backup, fsConstants.COPYFILE_EXCL);
  const copy = await open(backup, 'r+');
  try {
    await copy.sync();
  } finally {
    await copy.close();
  }
  await syncFolder(dirname(target));
  try {
    const handle = await open(target, 'r+');
    try {
      await handle.truncate(0);
      await handle.write(data, 0, data.length, 0);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await verifyWritten(target, data);
  } catch (err) {
    throw new Error(`${describeFsError(err)}; the previous contents are kept in ${backup}`);
  }
  await rm(backup, { force: true });
}

/** Reads the file back: what is on disk must be exactly what was meant to be written. */
async function verifyWritten(target: string, data: Uint8Array): Promise<void> {
  const written = await readFile(target);
  if (!written.equals(data)) throw new Error(`the file reads back different from what was written (${written.length} bytes, not ${data.length})`);
}

/** Flushes a folder's entries (a rename) to disk; platforms that cannot open a folder for that (Windows) skip it. */
async function syncFolder(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EBADF') throw err;
  } finally {
    await handle?.close();
  }
}

/** A hidden name beside a file for a temporary or backup copy of it. */
function siblingName(target: string, kind: 'tmp' | 'bak'): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.${kind}`);
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
      ELOOP: 'too many levels of symbolic links',
      ENOTFILE: 'it is not a plain file',
    };
    return reasons[code] ?? err.message;
  }
  return errorMessage(err);
}
