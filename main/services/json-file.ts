import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from './files.js';

/**
 * A small JSON file in the user-data folder (recent files, audio choices, settings). A missing or
 * damaged file reads as nothing, since losing such a list must never stop the app; writes go one
 * after another, atomically, so the file always ends with the newest value.
 */
export class JsonFile {
  private writing: Promise<void> = Promise.resolve();

  constructor(readonly path: string) {}

  /** The parsed contents, or undefined when the file is missing or not JSON. */
  async read(): Promise<unknown> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as unknown;
    } catch {
      return undefined;
    }
  }

  /** Writes a value; a failed write (a full disk) fails its own caller but not the writes after it. */
  write(value: unknown): Promise<void> {
    const text = `${JSON.stringify(value, null, 2)}\n`;
    this.writing = this.writing.catch(() => undefined).then(async () => {
      await mkdir(dirname(this.path), { recursive: true });
      await writeFileAtomic(this.path, text);
    });
    return this.writing;
  }
}
