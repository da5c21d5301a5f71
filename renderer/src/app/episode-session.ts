import type { Api, EpisodeFile } from '../../../shared/api.js';
import { EpisodeParseError, parseEpisode, serializeEpisode, type EpisodeDocument } from '../../../shared/episode/index.js';
import type { TranscriptEditor } from '../editor/transcript-editor.js';

/** What the window shows about the open file. */
export interface SessionState {
  /** The file's path, or undefined for a new, unsaved episode. */
  readonly path: string | undefined;
  /** The name shown in the title. */
  readonly name: string;
  readonly dirty: boolean;
  /** True for the bundled sample, which is saved with Save As. */
  readonly sample: boolean;
  /** The last failure to show the user (open or save), if any. */
  readonly error: string | undefined;
  /** A short note of the last thing done ("Saved 12:03"), if any. */
  readonly notice: string | undefined;
}

const DIRTY_CHECK_DELAY_MS = 150;

/**
 * The open episode file: opening, saving and the unsaved-changes guard. The transcript itself lives
 * in the editor; this keeps only what was last read or written, to know whether there are changes.
 */
export class EpisodeSession {
  private state: SessionState = { path: undefined, name: 'untitled.md', dirty: false, sample: false, error: undefined, notice: undefined };
  private savedText = '';
  private suggestedPath: string | undefined;
  /** The file's modification time when read or last saved, so that a save never overwrites someone else's change unasked. */
  private baseMtimeMs: number | undefined;
  /** Set after a save found the file changed on disk: the next Save overwrites it. */
  private overwriteNext = false;
  private dirtyTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<(state: SessionState) => void>();

  constructor(
    private readonly api: Api,
    private readonly editor: TranscriptEditor,
  ) {
    editor.on('change', () => this.scheduleDirtyCheck());
  }

  /** The current state. */
  get current(): SessionState {
    return this.state;
  }

  /** Subscribes to state changes; returns the unsubscribe function. */
  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Shows a file read by main. False (with the error shown) when it is not a valid episode. */
  show(file: EpisodeFile): boolean {
    try {
      const doc = parseEpisode(file.text, file.path);
      this.editor.load(doc);
      this.savedText = file.text;
      this.baseMtimeMs = file.mtimeMs;
      this.overwriteNext = false;
      this.update({ path: file.path, name: baseName(file.path), dirty: false, sample: file.sample ?? false, error: undefined, notice: file.sample ? 'Sample episode: Save As to keep changes' : undefined });
      return true;
    } catch (err) {
      // Raw captions or text opened by mistake: point to the importer, which turns them into an episode.
      const hint = err instanceof EpisodeParseError && /no frontmatter/.test(err.reason) ? ' To turn raw text into an episode, use File › Import Raw Transcript….' : '';
      this.update({ error: err instanceof EpisodeParseError ? `${err.message}.${hint}` : String(err) });
      return false;
    }
  }

  /** Shows a new, unsaved episode (an import); Save asks where to put it, starting at `suggestedPath`. */
  showNew(doc: EpisodeDocument, suggestedPath: string): void {
    this.editor.load(doc);
    this.savedText = '';
    this.suggestedPath = suggestedPath;
    this.baseMtimeMs = undefined;
    this.update({ path: undefined, name: baseName(suggestedPath), dirty: true, sample: false, error: undefined, notice: 'New episode: Save to choose where it goes' });
  }

  /** Shows a failure of something done around the session (an import that could not read its file). */
  fail(err: unknown): void {
    this.update({ error: err instanceof Error ? err.message : String(err) });
  }

  /** File › Open: asks about unsaved changes, then opens the given path or one the user picks. */
  async open(path?: string): Promise<void> {
    if (!(await this.confirmLeave())) return;
    const file = await this.call(() => this.api.openEpisode(path === undefined ? {} : { path }));
    if (file) this.show(file);
  }

  /** File › Save (Save As for the sample and for new files). True when saved. */
  async save(): Promise<boolean> {
    const { path, sample } = this.state;
    if (path === undefined || sample) return this.saveAs();
    const text = this.currentText();
    const guard = this.overwriteNext || this.baseMtimeMs === undefined ? {} : { baseMtimeMs: this.baseMtimeMs };
    const saved = await this.call(() => this.api.saveEpisode({ path, text, ...guard }));
    if (!saved) return false;
    if ('conflict' in saved) {
      this.overwriteNext = true;
      this.update({ error: `${path} was changed on disk by another program since it was opened. Nothing was saved. Save again to overwrite those changes, or use Save As to keep both.` });
      return false;
    }
    this.markSaved(text, saved.path, saved.mtimeMs);
    return true;
  }

  /** File › Save As. True when saved. */
  async saveAs(): Promise<boolean> {
    const text = this.currentText();
    const suggestedPath = this.state.path ?? this.suggestedPath;
    const saved = await this.call(() => this.api.saveEpisodeAs({ text, ...(suggestedPath && { suggestedPath }) }));
    if (!saved) return false;
    this.markSaved(text, saved.path, saved.mtimeMs);
    return true;
  }

  /** Asks Save / Discard / Cancel when there are unsaved changes; true when it is fine to go on. */
  async confirmLeave(): Promise<boolean> {
    this.checkDirtyNow();
    if (!this.state.dirty) return true;
    const answer = await this.call(() => this.api.confirmDiscard({ name: this.state.name }));
    if (answer === 'save') return this.save();
    return answer === 'discard';
  }

  /**
   * File › Close, sent by main when a window with unsaved changes is closing: main closes it once
   * told the document is clean, and keeps it open when told it is still dirty (cancelled, or the save failed).
   */
  async close(): Promise<void> {
    const leave = await this.confirmLeave();
    this.update({ dirty: !leave });
  }

  /** The file text the editor's document would be saved as. */
  currentText(): string {
    return serializeEpisode(this.editor.document());
  }

  private markSaved(text: string, path: string, mtimeMs: number): void {
    this.savedText = text;
    this.baseMtimeMs = mtimeMs;
    this.overwriteNext = false;
    this.update({ path, name: baseName(path), dirty: this.currentText() !== text, sample: false, error: undefined, notice: `Saved ${new Date().toLocaleTimeString()}` });
  }

  private scheduleDirtyCheck(): void {
    clearTimeout(this.dirtyTimer);
    this.dirtyTimer = setTimeout(() => this.checkDirtyNow(), DIRTY_CHECK_DELAY_MS);
  }

  private checkDirtyNow(): void {
    clearTimeout(this.dirtyTimer);
    const dirty = this.currentText() !== this.savedText;
    if (dirty !== this.state.dirty) this.update({ dirty });
  }

  private async call<T>(operation: () => Promise<T>): Promise<T | undefined> {
    try {
      return await operation();
    } catch (err) {
      this.update({ error: err instanceof Error ? err.message : String(err) });
      return undefined;
    }
  }

  private update(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    void this.api.setDocumentState({ title: this.state.name, dirty: this.state.dirty }).catch(() => undefined);
    for (const listener of this.listeners) listener(this.state);
  }
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
