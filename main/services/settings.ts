import { join } from 'node:path';
import type { AppSettings } from '../../shared/api.js';
import { JsonFile } from './json-file.js';
import { SpeakerOrders } from './speaker-orders.js';

/** The file, inside the user-data folder, that holds the settings. */
const SETTINGS_FILE_NAME = 'settings.json';

/** The app's settings, kept across episodes in the user-data folder. */
export class SettingsStore {
  private constructor(
    private readonly file: JsonFile,
    private value: AppSettings,
    /** The settings kept per episode: the order of its speakers. */
    readonly speakerOrders: SpeakerOrders,
  ) {}

  /** Reads the settings kept in the given folder; a missing or damaged file gives the defaults. */
  static async open(userDataDir: string): Promise<SettingsStore> {
    const file = new JsonFile(join(userDataDir, SETTINGS_FILE_NAME));
    return new SettingsStore(file, parseSettings(await file.read()), await SpeakerOrders.open(userDataDir));
  }

  /** The current settings. */
  get(): AppSettings {
    return this.value;
  }

  /** Changes some settings and saves; returns them all. */
  async update(patch: AppSettings): Promise<AppSettings> {
    this.value = parseSettings({ ...this.value, ...patch });
    await this.file.write(this.value);
    return this.value;
  }
}

/** Settings from stored JSON, keeping only known keys of the right type. */
function parseSettings(value: unknown): AppSettings {
  if (typeof value !== 'object' || value === null) return {};
  const { hostName, advanceAfterAssign, waveformHeight } = value as { hostName?: unknown; advanceAfterAssign?: unknown; waveformHeight?: unknown };
  return {
    ...(typeof hostName === 'string' && hostName.trim() && { hostName: hostName.trim() }),
    ...(typeof advanceAfterAssign === 'boolean' && { advanceAfterAssign }),
    ...(typeof waveformHeight === 'number' && Number.isFinite(waveformHeight) && waveformHeight > 0 && { waveformHeight: Math.round(waveformHeight) }),
  };
}
