/**
 * Peaks kept in the user-data folder, so that opening an episode a second time draws its waveform at
 * once instead of decoding the audio again. A cached entry belongs to the file's size, modification
 * time and a content hash. The hash covers the size and the first and last megabyte only: hashing a
 * 3-hour file whole would cost what the cache saves, and an edit that keeps the size, the mtime and
 * both ends intact is not something audio tools do.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AudioPeaks } from '../../shared/api.js';
import { errorMessage } from '../../shared/errors.js';
import { writeFileAtomic } from './files.js';
import { computePeaks, type PeaksComputer, type ProgressListener } from './peaks.js';

/** How much of each end of a file the content hash reads. */
const HASH_END_BYTES = 1024 * 1024;

/** Cached entries kept; the least recently written go first (60 minutes of audio is ~0.5 MB). */
const MAX_CACHED_PEAKS = 200;

/** Marks the cache files' format; a change makes older files misses, not errors. */
const FORMAT = 'episode-editor-peaks/1';

/** What identifies the version of an audio file that peaks were computed from. */
export interface AudioIdentity {
  readonly size: number;
  readonly mtimeMs: number;
  /** SHA-256 of the size and the first and last megabyte. */
  readonly hash: string;
}

/** The identity of a file as it is now on disk. */
export async function identify(path: string): Promise<AudioIdentity> {
  const handle = await open(path, 'r');
  try {
    const { size, mtimeMs } = await handle.stat();
    const hash = createHash('sha256').update(`${size}\n`);
    const read = async (position: number, length: number) => {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(length), 0, length, position);
      hash.update(buffer.subarray(0, bytesRead));
    };
    await read(0, Math.min(size, HASH_END_BYTES));
    if (size > HASH_END_BYTES) await read(Math.max(HASH_END_BYTES, size - HASH_END_BYTES), Math.min(HASH_END_BYTES, size - HASH_END_BYTES));
    return { size, mtimeMs, hash: hash.digest('hex') };
  } finally {
    await handle.close();
  }
}

/** A cache file as written. */
interface CacheEntry extends AudioIdentity, AudioPeaks {
  readonly format: typeof FORMAT;
}

/** The peaks in a cache file when it is whole and belongs to `identity`; null for anything else. */
function parseEntry(text: string, identity: AudioIdentity): AudioPeaks | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const entry = value as Partial<Record<keyof CacheEntry, unknown>>;
  const { duration, peaksPerSecond, peaks } = entry;
  if (entry.format !== FORMAT || entry.size !== identity.size || entry.mtimeMs !== identity.mtimeMs || entry.hash !== identity.hash) return null;
  if (typeof duration !== 'number' || !(duration > 0) || typeof peaksPerSecond !== 'number' || !(peaksPerSecond > 0)) return null;
  if (typeof peaks !== 'string' || peaks.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(peaks)) return null;
  // Without decoding: a truncated or padded peaks string has the wrong length for the duration.
  const bytes = (peaks.length / 4) * 3 - (peaks.endsWith('==') ? 2 : peaks.endsWith('=') ? 1 : 0);
  if (Math.abs(bytes - duration * peaksPerSecond) > 1) return null;
  return { duration, peaksPerSecond, peaks };
}

/** Peaks from the cache, or computed (once, however many callers ask at the same time) and cached. */
export class PeaksCache {
  private readonly inFlight = new Map<string, Promise<AudioPeaks>>();

  /**
   * @param dir the cache folder (created when first written)
   * @param compute how peaks are computed on a miss
   */
  constructor(
    readonly dir: string,
    private readonly compute: PeaksComputer = computePeaks,
  ) {}

  /** The peaks of an audio file. Progress is reported only while computing; a cache hit answers at once. */
  async get(path: string, onProgress?: ProgressListener): Promise<AudioPeaks> {
    const identity = await identify(path);
    const file = join(this.dir, `${createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 32)}.json`);
    const cached = parseEntry(await readFile(file, 'utf8').catch(() => ''), identity);
    if (cached) return cached;
    let running = this.inFlight.get(file);
    if (!running) {
      running = this.computeAndStore(path, identity, file, onProgress).finally(() => this.inFlight.delete(file));
      this.inFlight.set(file, running);
    }
    return running;
  }

  private async computeAndStore(path: string, identity: AudioIdentity, file: string, onProgress?: ProgressListener): Promise<AudioPeaks> {
    const result = await this.compute(path, onProgress);
    const peaks: AudioPeaks = { duration: result.duration, peaksPerSecond: result.peaksPerSecond, peaks: Buffer.from(result.peaks).toString('base64') };
    const entry: CacheEntry = { format: FORMAT, ...identity, ...peaks };
    // A cache that cannot be written (full disk, read-only folder) costs speed next time, never this answer.
    await mkdir(this.dir, { recursive: true })
      .then(() => writeFileAtomic(file, JSON.stringify(entry)))
      .then(() => this.prune())
      .catch((err: unknown) => console.warn(`peaks not cached: ${errorMessage(err)}`));
    return peaks;
  }

  /** Removes the oldest entries beyond MAX_CACHED_PEAKS. */
  private async prune(): Promise<void> {
    const names = (await readdir(this.dir)).filter((name) => name.endsWith('.json'));
    if (names.length <= MAX_CACHED_PEAKS) return;
    const aged = await Promise.all(names.map(async (name) => ({ name, mtimeMs: (await stat(join(this.dir, name)).catch(() => null))?.mtimeMs ?? 0 })));
    aged.sort((a, b) => a.mtimeMs - b.mtimeMs);
    await Promise.all(aged.slice(0, aged.length - MAX_CACHED_PEAKS).map(({ name }) => rm(join(this.dir, name), { force: true })));
  }
}
