import type { Api, SavedFile } from '../../../shared/api.js';
import type { EpisodeDocument, Problem } from '../../../shared/episode/index.js';
import { exportEpisode, exportFileName, ExportError, type CleanStep, type ExportFormat } from '../../../shared/export/index.js';
import { ObservableValue, type Observable } from '../state/observable.js';

/** What the user chose in File › Export…; Export Again repeats it. */
export interface ExportChoice {
  readonly format: ExportFormat | 'docx';
  /** Cleaning steps of the cleaned episode (`md`). */
  readonly clean: readonly CleanStep[];
  /** SRT: `Name:` before each turn's first cue. */
  readonly speakerPrefix: boolean;
  /** Video chapters: repair what breaks the platforms' rules. */
  readonly fixChapters: boolean;
}

/** An export made in memory, ready to write: its text or bytes, its file name, and what to tell the user. */
export type MadeExport =
  | { readonly ok: true; readonly fileName: string; readonly text?: string; readonly bytes?: Uint8Array; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly error: string; readonly problems: readonly Problem[] };

/** Makes an export of `doc` (named `episodeName`); `force` exports a cleaned episode that still has errors. */
export async function makeExport(doc: EpisodeDocument, episodeName: string, choice: ExportChoice, force = false): Promise<MadeExport> {
  const fileName = exportFileName(episodeName, choice.format);
  try {
    if (choice.format === 'docx') {
      // The DOCX writer is a chunk of its own: only this export needs it.
      const { exportDocx } = await import('../../../shared/export/docx.js');
      return { ok: true, fileName, bytes: await exportDocx(doc), warnings: [] };
    }
    const result = exportEpisode(doc, choice.format, { clean: choice.clean, force, speakerPrefix: choice.speakerPrefix, fixChapters: choice.fixChapters });
    return { ok: true, fileName, text: result.text, warnings: result.warnings };
  } catch (err) {
    if (err instanceof ExportError) return { ok: false, error: err.reason, problems: err.problems };
    throw err;
  }
}

/** Writing exports through main, and the last choice for Export Again. */
export class Exports {
  private readonly lastChoice = new ObservableValue<ExportChoice | undefined>(undefined);
  /** The last export's choice, if any this session. */
  readonly last: Observable<ExportChoice | undefined> = this.lastChoice;

  constructor(private readonly api: Api) {}

  /**
   * Writes a made export beside `sourcePath` (main asks where; Export Again writes to the place chosen
   * last time); remembers the choice. Null when the user cancelled.
   */
  async write(made: Extract<MadeExport, { ok: true }>, choice: ExportChoice, sourcePath: string | undefined, again = false): Promise<SavedFile | null> {
    const folder = sourcePath?.replace(/[^/\\]*$/, '') ?? '';
    const content = made.bytes ? { base64: toBase64(made.bytes) } : { text: made.text ?? '' };
    const saved = await this.api.exportFile({ suggestedPath: folder + made.fileName, ...(sourcePath && { sourcePath }), ...content, ...(again && { again: true }) });
    if (saved) this.lastChoice.set(choice);
    return saved;
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
