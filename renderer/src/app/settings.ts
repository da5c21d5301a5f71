import type { Api } from '../../../shared/api.js';
import { ObservableValue, type Observable } from '../state/observable.js';

/** The settings kept across episodes, as the window shows them; main stores them. */
export class Settings {
  private readonly host = new ObservableValue('');
  /** The podcast host's name, offered first when assigning speakers ('' when not set). */
  readonly hostName: Observable<string> = this.host;

  constructor(private readonly api: Api) {}

  /** Reads the stored settings (a failure leaves the defaults). */
  async load(): Promise<void> {
    const settings = await this.api.settings().catch(() => undefined);
    this.host.set(settings?.hostName ?? '');
  }

  /** Stores a new host name. */
  async setHostName(name: string): Promise<void> {
    const settings = await this.api.updateSettings({ hostName: name });
    this.host.set(settings.hostName ?? '');
  }
}
