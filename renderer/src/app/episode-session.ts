import type { Api, EpisodeFile, EstimatedMark, Recovery } from '../../../shared/api.js';
import type { EditorState } from '@codemirror/state';
import { EpisodeParseError, emptyEpisode, previewEpisode, serializeEpisode, type EpisodeDocument } from '../../../shared/episode/index.js';
import { estimatedMarks, withEstimatedMarks } from '../editor/estimated-marks.js';
import { documentFromState, sameTranscript } from '../editor/transcript-field.js';
import type { TranscriptHost } from '../editor/transcript-host.js';
import type { LoadOptions } from '../editor/transcript-state.js';
import { parseEpisodeFile } from './episode-parser.js';
import { ObservableValue, type Observable } from '../state/observable.js';
import { errorMessage } from '../../../shared/errors.js';
import { baseName } from '../../../shared/paths.js';

/** What the window shows about the open file. */
export interface SessionState {
  /** The file's path, or undefined for a new, unsaved episode. */
  readonly path: string | undefined;
  /** The name shown in the title. */
  readonly name: string;
  readonly dirty: boolean;
  /** True for the bundled sample, which is saved with Save As. */
  readonly sample: boolean;
  /** Why the file cannot be changed or saved (not valid UTF-8), if so. */
  readonly readOnly: string | undefined;
  /** The last failure to show the user (open or save), if any. */
  readonly error: string | undefined;
  /** A short note of the last thing done ("Saved 12:03"), if any. */
  readonly notice: string | undefined;
}

/**
 * The open episode file: opening, saving and the unsaved-changes guard. The transcript itself lives
 * in the editor; this keeps the editor state last read or saved, and compares with it on each
 * change to know whether there are unsaved changes (nothing is serialised until Save).
 */
export class EpisodeSession {
  private readonly value = new ObservableValue<SessionState>({ path: undefined, name: 'untitled.md', dirty: false, sample: false, readOnly: undefined, error: undefined, notice: undefined });
  /** What the window shows about the open file. */
  readonly state: Observable<SessionState> = this.value;
  /** The editor state as last read or saved; undefined for a new episode, which has unsaved changes until saved. */
  private saved: EditorState | undefined;
  private suggestedPath: string | undefined;
  /** The file as read or last saved (its bytes' hash, its modification time), so that a save never overwrites someone else's change unasked. */
  private base: { readonly hash: string; readonly mtimeMs: number } | undefined;
  /** Set after a save found the file changed on disk: the next Save asks whether to overwrite it. */
  private askOverwrite = false;
  private readonly stopListening: () => void;
  /** Set while a long file shows its first items only: whatever would save or leave waits for the whole of it. */
  private loading: Promise<boolean> | undefined;
  /** Each showFile's and showNew's number: a showFile that a newer one overtook drops its result. */
  private showId = 0;
  /** How many episodes have been shown (show, showNew), whatever the showFile calls that failed. */
  private shownCount = 0;
  /** True while a document is being loaded into the editor: that change is not an edit. */
  private loadingDocument = false;

  constructor(
    private readonly api: Api,
    private readonly editor: TranscriptHost,
    /** What Save As takes along to the new path: the audio open with the episode, the order of its speakers, a new episode's dictionary words. */
    private readonly carried: () => { readonly audioPath?: string; readonly speakerOrder?: readonly string[]; readonly dictionaryWords?: readonly string[] } = () => ({}),
  ) {
    this.saved = editor.state;
    this.stopListening = editor.on('change', (state) => {
      if (this.loadingDocument) return;
      const dirty = this.saved === undefined || !sameTranscript(state, this.saved);
      if (dirty !== this.current.dirty) this.update({ dirty });
    });
  }

  /** The current state. */
  get current(): SessionState {
    return this.value.get();
  }

  /** Resolves once the open file is whole in the editor (at once unless a long file is still loading). */
  async whenLoaded(): Promise<void> {
    await this.loading;
  }

  /** Shows a file read by main, as `doc` (its parse), with the turns main remembers as estimated flagged again. */
  show(file: EpisodeFile, doc: EpisodeDocument): void {
    const { readOnly } = file;
    this.shownCount++;
    this.load(withEstimatedMarks(doc, file.estimated), { readOnly: readOnly !== undefined });
    this.saved = this.editor.state;
    this.base = { hash: file.hash, mtimeMs: file.mtimeMs };
    this.askOverwrite = false;
    const notice = file.sample ? 'Sample episode: Save As to keep changes' : undefined;
    this.update({ path: file.path, name: baseName(file.path), dirty: false, sample: file.sample ?? false, readOnly, error: readOnly, notice });
  }

  /** The number of the episode shown now: another once a file or a new episode is shown (not on Save As, nor on a file that failed to open). */
  get shown(): number {
    return this.shownCount;
  }

  /** Shows a new, unsaved episode (an import); Save asks where to put it, starting at `suggestedPath`. */
  showNew(doc: EpisodeDocument, suggestedPath: string): void {
    this.showId++;
    this.shownCount++;
    this.saved = undefined;
    this.load(doc);
    this.suggestedPath = suggestedPath;
    this.base = undefined;
    this.askOverwrite = false;
    this.update({ path: undefined, name: baseName(suggestedPath), dirty: true, sample: false, readOnly: undefined, error: undefined, notice: 'New episode: Save to choose where it goes' });
  }

  /**
   * Shows a file read by main. A long one shows its first screen from a quick first pass at once
   * (unchangeable), and the whole document once that is on screen; with `previewShown`, the editor
   * shows that first pass already (the window's first screen). False (with the error shown, the
   * open episode kept) when it is not an episode.
   */
  showFile(file: EpisodeFile, { previewShown = false } = {}): Promise<boolean> {
    const id = ++this.showId;
    const preview = previewShown ? undefined : previewEpisode(file.text, file.path);
    // What the window showed before, brought back if the file turns out not to be an episode after all
    // (after the first screen's preview: an empty transcript).
    const before = { state: previewShown ? undefined : this.editor.state, session: this.current, saved: this.saved, base: this.base, askOverwrite: this.askOverwrite };
    if (preview) this.load(preview, { preview: true });
    const previewing = previewShown || preview !== undefined;
    if (previewing) {
      this.saved = this.editor.state;
      this.update({ path: file.path, name: baseName(file.path), dirty: false, sample: file.sample ?? false, readOnly: undefined, error: undefined, notice: 'Opening…' });
    }
    const loading = (preview ? this.editor.whenPainted() : Promise.resolve()).then(async () => {
      let doc: EpisodeDocument;
      try {
        doc = await parseEpisodeFile(file.text, file.path);
      } catch (err) {
        if (id !== this.showId) return false;
        // Raw captions or text opened by mistake: point to the importer, which turns them into an episode.
        const hint = err instanceof EpisodeParseError && /no frontmatter/.test(err.reason) ? ' To turn raw text into an episode, use File › Import Raw Transcript….' : '';
        const error = err instanceof EpisodeParseError ? `${err.message}.${hint}` : errorMessage(err);
        // After a preview, the rest of the file is what cannot be read: the open episode comes back as it was.
        if (previewing) {
          const { state } = before;
          this.quietly(() => (state ? this.editor.setState(state) : this.editor.load(emptyEpisode())));
          ({ saved: this.saved, base: this.base, askOverwrite: this.askOverwrite } = before);
        }
        this.update({ ...(previewing && before.session), error });
        return false;
      }
      if (id !== this.showId) return false;
      this.show(file, doc);
      return true;
    });
    this.loading = loading;
    void loading.finally(() => this.loading === loading && (this.loading = undefined));
    return loading;
  }

  /** The file the editor's text is made over: its bytes' hash, and the editor state that is that file (undefined for a new episode). */
  get baseFile(): { readonly hash: string; readonly state: EditorState } | undefined {
    return this.base && this.saved ? { hash: this.base.hash, state: this.saved } : undefined;
  }

  /**
   * Takes `file`, as on disk now, as the file the editor's text is made over (after a reload or a merge
   * of a change made by another program): `saved` is the editor state that is that file. The next
   * Save goes over its bytes without asking.
   */
  adoptDiskFile(file: EpisodeFile, saved: EditorState, notice: string): void {
    this.saved = saved;
    this.base = { hash: file.hash, mtimeMs: file.mtimeMs };
    this.askOverwrite = false;
    this.update({ dirty: !sameTranscript(this.editor.state, saved), error: undefined, notice });
  }

  /** Keep Mine, after another program changed the file: the next Save asks whether to overwrite that change (Overwrite / Cancel). */
  askBeforeOverwrite(): void {
    this.askOverwrite = true;
  }

  /** Shows a short note of something done around the session (an export written). */
  notify(notice: string): void {
    this.update({ notice, error: undefined });
  }

  /** Shows a failure of something done around the session (an import that could not read its file). */
  fail(err: unknown): void {
    this.update({ error: errorMessage(err) });
  }

  /**
   * File › Open: asks about unsaved changes, then opens the given path or one the user picks.
   * `parsed` is that file's text already parsed (a dropped file), used if the file is still the same.
   */
  async open(path?: string, parsed?: EpisodeDocument): Promise<void> {
    if (!(await this.confirmLeave())) return;
    const file = await this.call(() => this.api.openEpisode(path === undefined ? {} : { path }));
    if (!file) return;
    if (parsed && serializeEpisode(parsed) === file.text) this.show(file, parsed);
    else await this.showFile(file);
  }

  /** File › Save (Save As for the sample and for new files). True when saved. */
  async save(): Promise<boolean> {
    await this.loading;
    if (this.refuseReadOnly()) return false;
    const { path, sample } = this.current;
    if (path === undefined || sample) return this.saveAs();
    const { state, text, estimated } = this.snapshot();
    // After a conflict, the next Save asks main to ask the user (Overwrite / Cancel) if the file is still not as read.
    const guard = this.base === undefined ? {} : { baseHash: this.base.hash, ...(this.askOverwrite && { confirmOverwrite: true }) };
    const saved = await this.call(() => this.api.saveEpisode({ path, text, ...guard, estimated }));
    if (!saved) return false;
    if ('conflict' in saved) {
      this.askOverwrite = true;
      const error = saved.declined
        ? `Not saved: ${path} keeps the other program's changes. Save again to be asked once more, or use Save As to keep both.`
        : `${path} was changed on disk by another program since it was opened. Nothing was saved. Save again to choose whether to overwrite those changes, or use Save As to keep both.`;
      this.update({ error });
      return false;
    }
    this.markSaved(state, saved, estimated.length);
    return true;
  }

  /** File › Save As. True when saved. */
  async saveAs(): Promise<boolean> {
    await this.loading;
    if (this.refuseReadOnly()) return false;
    const { state, text, estimated } = this.snapshot();
    const suggestedPath = this.current.path ?? this.suggestedPath;
    const saved = await this.call(() => this.api.saveEpisodeAs({ text, ...(suggestedPath && { suggestedPath }), estimated, ...this.carried() }));
    if (!saved) return false;
    this.markSaved(state, saved, estimated.length);
    return true;
  }

  /** True (saying why) when the open file is read-only: its text is a lossy reading of its bytes. */
  private refuseReadOnly(): boolean {
    const { readOnly } = this.current;
    if (readOnly !== undefined) this.update({ error: `Not saved: ${readOnly}` });
    return readOnly !== undefined;
  }

  /** Asks Save / Discard / Cancel when there are unsaved changes; true when it is fine to go on. */
  async confirmLeave(): Promise<boolean> {
    await this.loading;
    if (!this.current.dirty) return true;
    const answer = await this.call(() => this.api.confirmDiscard({ name: this.current.name }));
    if (answer === 'save') return this.save();
    return answer === 'discard';
  }

  /**
   * File › Close, sent by main when a window with unsaved changes is closing: main closes it once
   * told the document is clean, and keeps it open when told it is still dirty (cancelled, or the save failed).
   */
  async close(): Promise<void> {
    const leave = await this.confirmLeave();
    // Main waits for this answer even when nothing changed (a cancelled or failed save): always give it.
    this.update({ dirty: !leave }, { tellMain: true });
  }

  /** Stops following the editor. */
  destroy(): void {
    this.stopListening();
  }

  /** The editor state now, the file text it is saved as, and its estimated times (which main keeps beside the file). */
  private snapshot(): { state: EditorState; text: string; estimated: EstimatedMark[] } {
    const state = this.editor.state;
    const doc = documentFromState(state);
    return { state, text: serializeEpisode(doc), estimated: estimatedMarks(doc.items) };
  }

  /**
   * The unsaved work, as crash recovery keeps it: the file text as Save would write it, its estimated
   * times and the file it was made over; undefined when there is nothing unsaved (or a long file is
   * still loading, so the editor does not hold all of it).
   */
  unsavedWork(): Omit<Recovery, 'savedAt'> | undefined {
    if (!this.current.dirty || this.loading) return undefined;
    const { text, estimated } = this.snapshot();
    const { path, name } = this.current;
    return { ...(path !== undefined && { path }), name, text, estimated, ...(this.base && { baseHash: this.base.hash, baseMtimeMs: this.base.mtimeMs }) };
  }

  /** The editor's changes since `state` was written to the saved file, which is now the base (the user may have typed while it was saved). */
  private markSaved(state: EditorState, saved: { path: string; mtimeMs: number; hash: string }, estimated: number): void {
    const { path } = saved;
    this.saved = state;
    this.base = { hash: saved.hash, mtimeMs: saved.mtimeMs };
    this.askOverwrite = false;
    const toCheck = estimated === 0 ? '' : ` · ${estimated} estimated ${estimated === 1 ? 'time' : 'times'} to check`;
    this.update({ path, name: baseName(path), dirty: !sameTranscript(this.editor.state, state), sample: false, readOnly: undefined, error: undefined, notice: `Saved ${new Date().toLocaleTimeString()}${toCheck}` });
  }

  private load(doc: EpisodeDocument, options?: LoadOptions): void {
    this.quietly(() => this.editor.load(doc, options));
  }

  /** Replaces what the editor shows without counting it as an edit. */
  private quietly(replace: () => void): void {
    this.loadingDocument = true;
    try {
      replace();
    } finally {
      this.loadingDocument = false;
    }
  }

  private async call<T>(operation: () => Promise<T>): Promise<T | undefined> {
    try {
      return await operation();
    } catch (err) {
      this.update({ error: errorMessage(err) });
      return undefined;
    }
  }

  /** Changes what the window shows; main hears of the title and the dirty state when they change (or when `tellMain`). */
  private update(patch: Partial<SessionState>, { tellMain = false } = {}): void {
    const before = this.current;
    const next = { ...before, ...patch };
    this.value.set(next);
    if (tellMain || next.name !== before.name || next.dirty !== before.dirty) void this.api.setDocumentState({ title: next.name, dirty: next.dirty }).catch(() => undefined);
  }
}
