import { isAbsolute, join, resolve } from 'node:path';
import type { EstimatedMark } from '../../shared/api.js';
import { JsonFile } from './json-file.js';

/** The file, inside the user-data folder, that holds the estimated times. */
export const ESTIMATED_TIMES_FILE_NAME = 'estimated-times.json';

/** How many episodes' marks are kept; the least recently saved are dropped first. */
const MAX_EPISODES = 200;

/** How many marks one episode keeps (more turns than any real episode has). */
export const MAX_ESTIMATED_MARKS = 20_000;

/**
 * Which turns of each episode have estimated times (spread over an import, interpolated at a split),
 * kept as JSON in the user-data folder: never in the episode file, whose format has no place for
 * them. Each mark holds the turn's index and its time when saved, so a mark that no longer matches
 * (the file was changed elsewhere) is dropped by the reader. A missing or damaged file starts empty,
 * as losing a mark only shows a guessed time as a confirmed one.
 */
export class EstimatedTimes {
  private constructor(
    private readonly file: JsonFile,
    private readonly marks: Map<string, readonly EstimatedMark[]>,
  ) {}

  /** Reads the marks kept in the given folder (created on the first save with marks). */
  static async open(userDataDir: string): Promise<EstimatedTimes> {
    const file = new JsonFile(join(userDataDir, ESTIMATED_TIMES_FILE_NAME));
    return new EstimatedTimes(file, parseMarks(await file.read()));
  }

  /** The marks saved for an episode, or undefined when it has none. */
  get(episodePath: string): readonly EstimatedMark[] | undefined {
    return this.marks.get(resolve(episodePath));
  }

  /** Remembers an episode's marks as just saved (an empty list forgets them) and writes the file. */
  set(episodePath: string, marks: readonly EstimatedMark[]): Promise<void> {
    const key = resolve(episodePath);
    if (marks.length === 0 && !this.marks.has(key)) return Promise.resolve();
    // Re-inserting moves the entry to the end, so the oldest episodes are the first ones dropped.
    this.marks.delete(key);
    if (marks.length > 0) this.marks.set(key, marks.slice(0, MAX_ESTIMATED_MARKS).map(({ index, sec }) => ({ index, sec })));
    while (this.marks.size > MAX_EPISODES) this.marks.delete(this.marks.keys().next().value!);
    return this.file.write(Object.fromEntries(this.marks));
  }
}

/** True for a mark as saved: a whole, non-negative index and a finite, non-negative time. */
export function isEstimatedMark(value: unknown): value is EstimatedMark {
  if (typeof value !== 'object' || value === null) return false;
  const { index, sec } = value as Record<string, unknown>;
  return Number.isSafeInteger(index) && (index as number) >= 0 && typeof sec === 'number' && Number.isFinite(sec) && sec >= 0;
}

/** The marks in a saved file; anything unexpected is dropped. */
function parseMarks(value: unknown): Map<string, readonly EstimatedMark[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return new Map();
  const entries: [string, readonly EstimatedMark[]][] = [];
  for (const [path, marks] of Object.entries(value)) {
    if (!isAbsolute(path) || !Array.isArray(marks)) continue;
    const kept = marks.filter(isEstimatedMark).slice(0, MAX_ESTIMATED_MARKS).map(({ index, sec }) => ({ index, sec }));
    if (kept.length > 0) entries.push([path, kept]);
  }
  return new Map(entries.slice(-MAX_EPISODES));
}
