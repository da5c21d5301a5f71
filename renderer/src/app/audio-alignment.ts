import type { Api } from '../../../shared/api.js';
import type { CaptionWord } from '../../../shared/align/index.js';
import { ObservableValue, type Observable } from '../state/observable.js';

/**
 * Timing › Align to Audio… while main listens: the recognition's progress (the window stays
 * editable meanwhile), its cancel, and its words once heard.
 */
export class AudioAlignment {
  private readonly value = new ObservableValue<number | undefined>(undefined);
  /** How far the recognition under way is, 0 to 1; undefined when none is. */
  readonly progress: Observable<number | undefined> = this.value;

  constructor(private readonly api: Api) {}

  /**
   * Recognises the audio with the turns' lines as grammar (`knownSecs`, parallel: the starts already
   * known, placing the windows; `skipKnown`: only the audio around the turns without one is heard):
   * the words heard, or null when cancelled (or one is under way already).
   */
  async listen(audioPath: string, texts: readonly string[], knownSecs: readonly (number | null)[], skipKnown: boolean): Promise<readonly CaptionWord[] | null> {
    if (this.value.get() !== undefined) return null;
    this.value.set(0);
    const stop = this.api.on('recognitionProgress', ({ fraction }) => this.value.get() !== undefined && this.value.set(fraction));
    try {
      return await this.api.recogniseAudio({ audioPath, texts, knownSecs, ...(skipKnown && { skipKnown }) });
    } finally {
      stop();
      this.value.set(undefined);
    }
  }

  /** Stops the recognition under way (its `listen` gives null). */
  cancel(): void {
    void this.api.cancelRecognition();
  }
}
