/**
 * Episode files on disk, for the app and the command line: reading, checking a text before it is
 * written, atomic writing, and (for the app) the bundled sample that is never overwritten, the
 * recent-files list, and the refusal to overwrite a file someone else changed.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { EpisodeFile, SaveConflict, SavedEpisode } from '../../shared/api.js';
import { parseEpisode, requireEpisodeSize, type EpisodeDocument } from '../../shared/episode/index.js';
import { errorMessage } from '../../shared/errors.js';
import { EncodingError, decodeUtf8, readFileBytes, readTextFile, writeFileAtomic } from './files.js';
import { isSameFile, requireEpisodeFile, requireSaveTarget } from './paths.js';
import type { RecentFiles } from './recent-files.js';

/** An episode read from disk and parsed, with the exact text it was read from. */
export interface LoadedEpisode {
  readonly path: string;
  readonly text: string;
  readonly doc: EpisodeDocument;
}

/** Reads and parses an episode file; errors name the file and line. */
export async function loadEpisode(path: string): Promise<LoadedEpisode> {
  const text = await readTextFile(path);
  return { path, text, doc: parseEpisode(text, path) };
}

/** Checks that a text is a whole episode file, before anything touches the disk; returns the document it reads as. */
export function requireEpisodeText(text: string, path: string): EpisodeDocument {
  try {
    return parseEpisode(text, path);
  } catch (err) {
    throw new Error(`Not saved: ${errorMessage(err)}`);
  }
}

/** Writes an episode's text atomically once it reads as an episode (nothing is written otherwise); returns that document. */
export async function writeEpisode(path: string, text: string): Promise<EpisodeDocument> {
  const doc = requireEpisodeText(text, path);
  await writeFileAtomic(path, text);
  return doc;
}

/** SHA-256 (hex) of a file's bytes, or of a text as the UTF-8 bytes it is written as (and was read from: reading is strict). */
export function contentHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * The conflict when the file's bytes are no longer those hashed as `baseHash`; null when unchanged or
 * gone. By content, not the modification time, which `cp -p`, `rsync -t`, `tar` and `touch -r` keep
 * (and which a mere `touch` changes without changing a byte).
 */
export async function changedOnDisk(path: string, baseHash: string, bytes?: Uint8Array): Promise<SaveConflict | null> {
  bytes ??= await bytesOnDisk(path);
  if (bytes === undefined || contentHash(bytes) === baseHash) return null;
  const mtimeMs = await stat(path).then((s) => s.mtimeMs, () => 0);
  return { conflict: 'changed-on-disk', path, mtimeMs };
}

/** Lossy, for showing a file that is not UTF-8 (read-only): each bad byte shows as U+FFFD. */
const lossyUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * A file's text for the editor: decoded strictly, or, when it is not valid UTF-8, shown read-only with
 * its bad bytes as U+FFFD (a save would write those over the bytes, so the app never saves it).
 */
function decodeForEditor(bytes: Uint8Array, path: string): Pick<EpisodeFile, 'text' | 'readOnly'> {
  try {
    return { text: decodeUtf8(bytes, path) };
  } catch (err) {
    if (!(err instanceof EncodingError)) throw err;
    const readOnly = `${path}:${err.line}:${err.column}: not valid UTF-8 (byte ${err.byteHex}). Opened read-only, so that no byte of it is replaced (bad bytes show as \uFFFD); fix its encoding, then open it again.`;
    return { text: lossyUtf8.decode(bytes), readOnly };
  }
}

/** A file's bytes, or undefined when it cannot be read (gone, or never there). */
function bytesOnDisk(path: string): Promise<Uint8Array | undefined> {
  return readFile(path).catch(() => undefined);
}

/** Refuses to write over a file (as it is on disk, `bytes`) that is not valid UTF-8: whatever replaces it was made from a lossy reading of it. */
function requireDecodable(path: string, bytes: Uint8Array | undefined): void {
  if (bytes === undefined) return;
  try {
    decodeUtf8(bytes, path);
  } catch (err) {
    throw new Error(`Not saved: ${errorMessage(err)}`);
  }
}

/** The app's episode files: the bundled sample (shown, never overwritten) and the recent-files list that opening and saving keep. */
export class EpisodeFiles {
  constructor(
    private readonly samplePath: string,
    private readonly recent: RecentFiles,
  ) {}

  /** True for the bundled sample, also when reached through a symbolic link. */
  isSample(path: string): Promise<boolean> {
    return isSameFile(path, this.samplePath);
  }

  /** Reads the bundled sample. */
  readSample(): Promise<EpisodeFile> {
    return this.read(this.samplePath);
  }

  /** Reads an episode file as the renderer gets it: its text, its modification time and hash, and whether it is the sample. */
  async read(path: string): Promise<EpisodeFile> {
    // Stat before reading: if the file changes in between, the older mtime errs towards "changed on disk".
    const { mtimeMs } = await requireEpisodeFile(path);
    // The renderer parses what it shows (and reports a bad file by file and line), so reading does not parse twice.
    const bytes = await readFileBytes(path);
    const file = { path, mtimeMs, hash: contentHash(bytes), ...decodeForEditor(bytes, path) };
    // Refused here rather than in the page, which would show its first screen before finding out.
    requireEpisodeSize(file.text, path);
    return (await this.isSample(path)) ? { ...file, sample: true } : file;
  }

  /** Reads an episode the user chose and remembers it; forgets a remembered file that is gone. */
  async open(path: string): Promise<EpisodeFile> {
    let file: EpisodeFile;
    try {
      file = await this.read(path);
    } catch (err) {
      const gone = await stat(path).then(() => false, () => true);
      if (gone) await this.remember(() => this.recent.remove(path));
      throw err;
    }
    if (!file.sample) await this.remember(() => this.recent.add(path));
    return file;
  }

  /** Writes a checked episode text atomically, never over the sample, and remembers the file. `current`: the file's bytes, when just read. */
  async save(path: string, text: string, current?: Uint8Array): Promise<SavedEpisode> {
    if (await this.isSample(path)) {
      throw new Error(`Not saved: ${path} is the bundled sample episode, which is never overwritten; use Save As`);
    }
    await requireSaveTarget(path);
    requireDecodable(path, current ?? (await bytesOnDisk(path)));
    await writeEpisode(path, text);
    const { mtimeMs } = await stat(path);
    await this.remember(() => this.recent.add(path));
    return { path, mtimeMs, hash: contentHash(text) };
  }

  /**
   * Saves, unless the file's bytes changed on disk since they hashed as `baseHash` (when read or last
   * saved): then nothing is written, unless `confirmOverwrite` is given and answers true.
   */
  async saveUnlessChanged(path: string, text: string, baseHash: string | undefined, confirmOverwrite?: () => Promise<boolean>): Promise<SavedEpisode | SaveConflict> {
    // Another program (an editor, git) wrote the file since it was read: never overwrite that silently.
    // Read once for both checks (a regular file only: a FIFO or a device put there is refused first);
    // after the user's answer, the save reads it again.
    await requireSaveTarget(path);
    const current = await bytesOnDisk(path);
    const conflict = baseHash === undefined ? null : await changedOnDisk(path, baseHash, current);
    if (!conflict) return this.save(path, text, current);
    if (!confirmOverwrite) return conflict;
    return (await confirmOverwrite()) ? this.save(path, text) : { ...conflict, declined: true };
  }

  /** Where Save As starts: the suggested path, or only its name for the sample, whose folder is read-only in an installed app. */
  async saveAsSuggestion(suggested: string | undefined): Promise<string> {
    return suggested && !(await this.isSample(suggested)) ? suggested : basename(suggested ?? 'episode.md');
  }

  /** Updates the recent list; a failure there (full disk) must not fail the open or save around it. */
  private async remember(update: () => Promise<void>): Promise<void> {
    await update().catch((err: unknown) => console.warn(`recent files not saved: ${errorMessage(err)}`));
  }
}
