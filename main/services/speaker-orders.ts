import { join } from 'node:path';
import { EpisodeLists } from './episode-lists.js';

/** The file, inside the user-data folder, that holds each episode's speaker order. */
export const SPEAKER_ORDERS_FILE_NAME = 'speaker-orders.json';

/** How many names one order keeps, and how long a name may be. */
export const MAX_ORDERED_SPEAKERS = 100;
export const MAX_SPEAKER_NAME_LENGTH = 200;

/**
 * The order the user gave each episode's speakers (their keys Alt+1…9 and colours), kept in the
 * user-data folder, never in the episode file. Losing an order only brings back the order of first appearance.
 */
export class SpeakerOrders {
  private constructor(private readonly lists: EpisodeLists<string>) {}

  /** Reads the orders kept in the given folder (created on the first order set). */
  static async open(userDataDir: string): Promise<SpeakerOrders> {
    return new SpeakerOrders(await EpisodeLists.open(join(userDataDir, SPEAKER_ORDERS_FILE_NAME), cleanNames));
  }

  /** The order set for an episode ([] when none). */
  get(episodePath: string): readonly string[] {
    return this.lists.get(episodePath) ?? [];
  }

  /** Remembers an episode's order (an empty list forgets it) and writes the file. */
  set(episodePath: string, names: readonly string[]): Promise<void> {
    return this.lists.set(episodePath, names);
  }
}

/** The distinct, non-empty names of a list, within the limits. */
function cleanNames(names: readonly unknown[]): string[] {
  const kept = names.filter((n): n is string => typeof n === 'string' && n !== '' && n.length <= MAX_SPEAKER_NAME_LENGTH);
  return [...new Set(kept)].slice(0, MAX_ORDERED_SPEAKERS);
}
