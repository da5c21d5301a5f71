import { join } from 'node:path';
import type { AppSettings } from '../../shared/api.js';
import { JsonFile } from './json-file.js';
import { PodcastDictionaries } from './podcast-dictionaries.js';
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
    /** The spelling dictionary of each podcast (the folder its episodes are in). */
    readonly dictionaries: PodcastDictionaries,
  ) {}

  /** Reads the settings kept in the given folder; a missing or damaged file gives the defaults. */
  static async open(userDataDir: string): Promise<SettingsStore> {
    const file = new JsonFile(join(userDataDir, SETTINGS_FILE_NAME));
    return new SettingsStore(file, parseSettings(await file.read()), await SpeakerOrders.open(userDataDir), await PodcastDictionaries.open(userDataDir));
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
  const { hostName, advanceAfterAssign, waveformHeight, spellCheck } = value as { hostName?: unknown; advanceAfterAssign?: unknown; waveformHeight?: unknown; spellCheck?: unknown };
  return {
    ...(typeof hostName === 'string' && hostName.trim() && { hostName: hostName.trim() }),
    ...(typeof advanceAfterAssign === 'boolean' && { advanceAfterAssign }),
    ...(typeof spellCheck === 'boolean' && { spellCheck }),
    ...(typeof waveformHeight === 'number' && Number.isFinite(waveformHeight) && waveformHeight > 0 && { waveformHeight: Math.round(waveformHeight) }),
  };
}
