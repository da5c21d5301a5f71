import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
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
    const hex = byte.toString(16).toUpperCase().padStart(2, '0');
    super(`${path}:${line}:${column}: not valid UTF-8 (byte 0x${hex}); the file was not opened, so nothing in it can be lost`);
  }
}

// Strict: a lossy decode turns bad bytes into U+FFFD, and the next save writes those over the user's bytes.
// `ignoreBOM` keeps a leading byte order mark in the text, so that a save writes it back.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads a text file as UTF-8, failing with a one-line message that names it; bytes that are not UTF-8 are
 * never replaced: the read fails with an EncodingError naming the line and column of the first one.
 */
export async function readTextFile(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new Error(`${path}: cannot read: ${describeFsError(err)}`);
  }
  return decodeUtf8(bytes, path);
}

/** Decodes UTF-8 strictly (a leading BOM kept as U+FEFF); throws an EncodingError at the first invalid byte. */
export function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    if (at < 0) throw new Error(`${path}: not valid UTF-8; the file was not opened, so nothing in it can be lost`);
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
