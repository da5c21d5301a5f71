import type { Api } from '../../../shared/api.js';
import { ObservableValue, type Observable } from '../state/observable.js';

/** The settings kept across episodes, as the window shows them; main stores them. */
export class Settings {
  private readonly host = new ObservableValue('');
  private readonly advance = new ObservableValue(true);
  private readonly waveform = new ObservableValue<number | undefined>(undefined);
  private readonly spelling = new ObservableValue(true);
  /** The podcast host's name, offered first when assigning speakers ('' when not set). */
  readonly hostName: Observable<string> = this.host;
  /** Whether Alt+1…9 and Alt+S on a turn without a speaker then move to the next turn (on unless turned off). */
  readonly advanceAfterAssign: Observable<boolean> = this.advance;
  /** The audio pane's height in pixels as the user last dragged it (undefined: the stylesheet's default). */
  readonly waveformHeight: Observable<number | undefined> = this.waveform;
  /** Whether the transcript's spelling is checked (on unless turned off). */
  readonly spellCheck: Observable<boolean> = this.spelling;

  constructor(private readonly api: Api) {}

  /** Reads the stored settings (a failure leaves the defaults). */
  async load(): Promise<void> {
    const settings = await this.api.settings().catch(() => undefined);
    this.host.set(settings?.hostName ?? '');
    this.advance.set(settings?.advanceAfterAssign ?? true);
    this.waveform.set(settings?.waveformHeight);
    this.spelling.set(settings?.spellCheck ?? true);
  }

  /** Turns spell check on or off, and stores it. */
  async setSpellCheck(on: boolean): Promise<void> {
    this.spelling.set(on);
    const settings = await this.api.updateSettings({ spellCheck: on });
    this.spelling.set(settings.spellCheck ?? true);
  }

  /** Stores a new host name. */
  async setHostName(name: string): Promise<void> {
    const settings = await this.api.updateSettings({ hostName: name });
    this.host.set(settings.hostName ?? '');
  }

  /** Turns assign-and-advance on or off, and stores it. */
  async setAdvanceAfterAssign(on: boolean): Promise<void> {
    this.advance.set(on);
    const settings = await this.api.updateSettings({ advanceAfterAssign: on });
    this.advance.set(settings.advanceAfterAssign ?? true);
  }

  /** Shows the audio pane at a new height (whole pixels) and stores it; an earlier store's answer, arriving later, does not undo a later height. */
  async setWaveformHeight(px: number): Promise<void> {
    this.waveform.set(Math.round(px));
    await this.api.updateSettings({ waveformHeight: Math.round(px) });
  }
}
