import type { Stats } from 'node:fs';
import { constants } from 'node:fs';
import { access, readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { describeFsError } from './files.js';
import { JsonFile } from './json-file.js';

/** File name endings of the audio the app plays and draws, in the order the beside-the-episode rule prefers them. */
export const AUDIO_EXTENSIONS = ['.mp3', '.m4a', '.ogg', '.opus', '.wav', '.flac'] as const;

/** The Content-Type the media server sends per extension (Opus files are Ogg containers). */
const AUDIO_CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.wav': 'audio/wav',
  '.flac': 'audio/flac',
};

/** True when the name ends in an audio extension (any letter case). */
export function hasAudioExtension(path: string): boolean {
  return (AUDIO_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/** The Content-Type of an audio file by its name; opaque bytes for anything else. */
export function audioContentType(path: string): string {
  return AUDIO_CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Checks that a path names an audio file the app can use: absolute, with an audio extension, a
 * regular file, and readable. Returns its stats; fails with a one-line message naming the file.
 */
export async function requireAudioFile(path: string): Promise<Stats> {
  if (!isAbsolute(path)) throw new Error(`${path}: not an absolute path`);
  if (!hasAudioExtension(path)) throw new Error(`${path}: not an audio file (the name must end in ${AUDIO_EXTENSIONS.join(', ')})`);
  const stats = await stat(path).catch((err: unknown) => {
    throw new Error(`${path}: cannot open: ${describeFsError(err)}`);
  });
  if (!stats.isFile()) throw new Error(`${path}: cannot open: not a regular file`);
  await access(path, constants.R_OK).catch((err: unknown) => {
    throw new Error(`${path}: cannot open: ${describeFsError(err)}`);
  });
  return stats;
}

/** True when `requireAudioFile` would accept the path. */
async function isUsableAudio(path: string): Promise<boolean> {
  return requireAudioFile(path).then(() => true, () => false);
}

/**
 * The audio file beside an episode with the same base name (`talk.md` → `talk.mp3`, `talk.FLAC`),
 * or null. When several match, the earlier extension in AUDIO_EXTENSIONS wins, so the answer does
 * not depend on the order the folder lists its files in.
 */
export async function findAudioBeside(episodePath: string): Promise<string | null> {
  const dir = dirname(episodePath);
  const base = basename(episodePath, extname(episodePath));
  const names = await readdir(dir).catch(() => [] as string[]);
  const rank = (name: string) => (AUDIO_EXTENSIONS as readonly string[]).indexOf(extname(name).toLowerCase());
  const candidates = names
    .filter((name) => rank(name) >= 0 && basename(name, extname(name)) === base)
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  for (const name of candidates) {
    if (await isUsableAudio(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** The file, inside the user-data folder, that holds the remembered choices. */
export const AUDIO_CHOICES_FILE_NAME = 'audio-choices.json';

/** How many episodes' choices are kept; the least recently chosen are dropped first. */
const MAX_AUDIO_CHOICES = 500;

/**
 * The audio file the user chose for each episode (File › Open Audio…), kept as JSON in the user-data
 * folder: never in the episode file, whose keys belong to the site. A missing or damaged file starts
 * empty, as losing a choice only means the user picks the audio again.
 */
export class AudioChoices {
  private constructor(
    private readonly file: JsonFile,
    private readonly choices: Map<string, string>,
  ) {}

  /** Reads the choices kept in the given folder (created on the first save). */
  static async open(userDataDir: string): Promise<AudioChoices> {
    const file = new JsonFile(join(userDataDir, AUDIO_CHOICES_FILE_NAME));
    return new AudioChoices(file, parseChoices(await file.read()));
  }

  /** The audio chosen for an episode, or undefined. */
  get(episodePath: string): string | undefined {
    return this.choices.get(resolve(episodePath));
  }

  /** Remembers the audio for an episode and saves. */
  set(episodePath: string, audioPath: string): Promise<void> {
    const key = resolve(episodePath);
    // Re-inserting moves the entry to the end, so the oldest choices are the first ones dropped.
    this.choices.delete(key);
    this.choices.set(key, audioPath);
    while (this.choices.size > MAX_AUDIO_CHOICES) this.choices.delete(this.choices.keys().next().value!);
    return this.file.write(Object.fromEntries(this.choices));
  }
}

/** The choices in a saved file; anything unexpected is dropped. */
function parseChoices(value: unknown): Map<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return new Map();
  const entries = Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string' && isAbsolute(e[0]) && isAbsolute(e[1]));
  return new Map(entries);
}

/** Where an episode's audio was found. */
export interface FoundAudio {
  readonly path: string;
  readonly source: 'beside' | 'chosen';
}

/**
 * The audio for an episode: the remembered choice while it is still a usable audio file, else the
 * file beside the episode. A remembered file that is missing now (an unplugged drive) is kept, not
 * forgotten, so that it is found again when the drive returns.
 */
export async function findAudio(episodePath: string, choices: AudioChoices): Promise<FoundAudio | null> {
  const chosen = choices.get(episodePath);
  if (chosen && (await isUsableAudio(chosen))) return { path: chosen, source: 'chosen' };
  const beside = await findAudioBeside(episodePath);
  return beside ? { path: beside, source: 'beside' } : null;
}
