import { dirname, join, resolve } from 'node:path';
import { EpisodeLists } from './episode-lists.js';

/** The file, inside the user-data folder, that holds each podcast's spelling dictionary. */
export const DICTIONARIES_FILE_NAME = 'dictionaries.json';

/** How many words one podcast's dictionary keeps. */
export const MAX_DICTIONARY_WORDS = 5000;
/** How long a dictionary word may be. */
export const MAX_DICTIONARY_WORD_LENGTH = 100;

/** True for what a dictionary may hold: one word (no spaces), within the length. */
export function isDictionaryWord(word: unknown): word is string {
  return typeof word === 'string' && /^\S+$/u.test(word) && word.length <= MAX_DICTIONARY_WORD_LENGTH;
}

/**
 * The words the user added to the spelling dictionary ("Add to Dictionary"), one list per podcast: a
 * podcast is the folder its episodes are kept in, so that every episode beside another shares its names
 * and terms. Kept in the user-data folder, never in an episode.
 */
export class PodcastDictionaries {
  private constructor(private readonly lists: EpisodeLists<string>) {}

  /** Reads the dictionaries kept in the given folder (created on the first word added). */
  static async open(userDataDir: string): Promise<PodcastDictionaries> {
    return new PodcastDictionaries(await EpisodeLists.open(join(userDataDir, DICTIONARIES_FILE_NAME), cleanWords));
  }

  /** The words added for the podcast an episode belongs to. */
  words(episodePath: string): readonly string[] {
    return this.lists.get(podcastOf(episodePath)) ?? [];
  }

  /** Adds a word to the podcast's dictionary; returns the dictionary. */
  async add(episodePath: string, word: string): Promise<readonly string[]> {
    const words = this.words(episodePath);
    if (!words.includes(word)) await this.lists.set(podcastOf(episodePath), [...words, word].slice(-MAX_DICTIONARY_WORDS));
    return this.words(episodePath);
  }
}

/** The podcast of an episode: the folder it is in. */
function podcastOf(episodePath: string): string {
  return dirname(resolve(episodePath));
}

/** The distinct words of a list that a dictionary may hold (one word each: no spaces, within the length). */
function cleanWords(words: readonly unknown[]): string[] {
  const kept = words.filter(isDictionaryWord);
  return [...new Set(kept)].slice(-MAX_DICTIONARY_WORDS);
}
