import type { Api } from '../../../shared/api.js';
import { errorMessage } from '../../../shared/errors.js';
import { ObservableValue, type Observable } from '../state/observable.js';

/** The spelling dictionary of the open episode's podcast, read from main when an episode opens and added to there. */
export class PodcastDictionary {
  private readonly value = new ObservableValue<readonly string[]>([]);
  private path: string | undefined;
  /** The words added to the dictionary, never flagged. */
  readonly words: Observable<readonly string[]> = this.value;

  constructor(private readonly api: Api) {}

  /** Reads the dictionary of the podcast of the episode now open at `path` (a new one: the podcast last opened). */
  async open(path: string | undefined): Promise<void> {
    this.path = path;
    const words = await this.api.podcastDictionary({ ...(path !== undefined && { episodePath: path }) }).catch((err: unknown) => void console.warn(`dictionary not read: ${errorMessage(err)}`));
    if (words && this.path === path) this.value.set(words);
  }

  /** Adds a word: never flagged from now on, in this episode and the podcast's others. */
  async add(word: string): Promise<void> {
    const path = this.path;
    const before = this.value.get();
    // Shown at once; main's answer (or its refusal) decides, unless another episode opened meanwhile.
    this.value.set([...before, word]);
    try {
      const words = await this.api.addToDictionary({ ...(path !== undefined && { episodePath: path }), word });
      if (this.path === path) this.value.set(words);
    } catch (err) {
      if (this.path === path) this.value.set(before);
      throw err;
    }
  }
}
