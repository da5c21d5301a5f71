import { join } from 'node:path';
import type { EstimatedMark } from '../../shared/api.js';
import { EpisodeLists } from './episode-lists.js';

/** The file, inside the user-data folder, that holds the estimated times. */
export const ESTIMATED_TIMES_FILE_NAME = 'estimated-times.json';

/** How many marks one episode keeps (more turns than any real episode has). */
export const MAX_ESTIMATED_MARKS = 20_000;

/**
 * Which turns of each episode have estimated times (spread over an import, interpolated at a split),
 * kept in the user-data folder: never in the episode file, whose format has no place for them. Each
 * mark holds the turn's index and its time when saved, so a mark that no longer matches (the file was
 * changed elsewhere) is dropped by the reader. Losing a mark only shows a guessed time as a confirmed one.
 */
export class EstimatedTimes {
  private constructor(private readonly lists: EpisodeLists<EstimatedMark>) {}

  /** Reads the marks kept in the given folder (created on the first save with marks). */
  static async open(userDataDir: string): Promise<EstimatedTimes> {
    return new EstimatedTimes(await EpisodeLists.open(join(userDataDir, ESTIMATED_TIMES_FILE_NAME), cleanMarks));
  }

  /** The marks saved for an episode, or undefined when it has none. */
  get(episodePath: string): readonly EstimatedMark[] | undefined {
    return this.lists.get(episodePath);
  }

  /** Remembers an episode's marks as just saved (an empty list forgets them) and writes the file. */
  set(episodePath: string, marks: readonly EstimatedMark[]): Promise<void> {
    return this.lists.set(episodePath, marks);
  }
}

/** True for a mark as saved: a whole, non-negative index and a finite, non-negative time. */
export function isEstimatedMark(value: unknown): value is EstimatedMark {
  if (typeof value !== 'object' || value === null) return false;
  const { index, sec } = value as Record<string, unknown>;
  return Number.isSafeInteger(index) && (index as number) >= 0 && typeof sec === 'number' && Number.isFinite(sec) && sec >= 0;
}

/** The marks of a list as saved, within the bound; anything else is dropped. */
function cleanMarks(marks: readonly unknown[]): EstimatedMark[] {
  return marks.filter(isEstimatedMark).slice(0, MAX_ESTIMATED_MARKS).map(({ index, sec }) => ({ index, sec }));
}
