import type { Api, EpisodeFile } from '../../../shared/api.js';
import { serializeEpisode, type EpisodeDocument, type TranscriptItem } from '../../../shared/episode/index.js';
import type { EpisodeMerge, MergeConflict } from '../../../shared/episode/merge.js';
import { errorMessage } from '../../../shared/errors.js';
import { baseName } from '../../../shared/paths.js';
import { withEstimatedMarks } from '../editor/estimated-marks.js';
import { showDocumentSpec } from '../editor/replace-items.js';
import { documentFromState } from '../editor/transcript-field.js';
import type { TranscriptHost } from '../editor/transcript-host.js';
import { ObservableValue, type Observable } from '../state/observable.js';
import { parseEpisodeFile } from './episode-parser.js';
import type { EpisodeSession } from './episode-session.js';

/** Whether Merge can combine the two sides: how many changes each brings, or why not. */
export type MergeOutlook = { readonly ok: true; readonly fromDisk: number; readonly fromMine: number } | { readonly ok: false; readonly reason: string };

/** The open file changed on disk while it had unsaved edits: what the window offers about it. */
export interface DiskChange {
  /** The file as on disk now. */
  readonly file: EpisodeFile;
  readonly name: string;
  /** The file on disk read as an episode; undefined when it cannot be (the reason is in `merge`). */
  readonly doc: EpisodeDocument | undefined;
  readonly merge: MergeOutlook;
  /** The hash of the file the editor was made over when the change came: a save, reload or merge since makes the offer moot. */
  readonly baseHash: string | undefined;
}

/**
 * Changes made to the open file by other programs (a `git pull`, another editor), as main's watcher
 * reports them. A clean editor takes the new file at once (one undo step back, as in VS Code); one
 * with unsaved edits shows the change and offers Reload, Keep Mine, Compare and, when the two sides
 * changed different items, Merge. After Reload or Merge the file on disk is the base of the next Save.
 */
export class ExternalChanges {
  private readonly value = new ObservableValue<DiskChange | undefined>(undefined);
  /** The change on offer, while the user has not chosen. */
  readonly change: Observable<DiskChange | undefined> = this.value;
  /** What main watches: the open file and the hash of the bytes the editor holds. */
  private watched: { path?: string; hash?: string } = {};
  private readonly unsubscribes: (() => void)[];

  constructor(
    private readonly api: Api,
    private readonly editor: TranscriptHost,
    private readonly session: EpisodeSession,
  ) {
    this.unsubscribes = [api.on('episodeChangedOnDisk', (file) => void this.arrived(file).catch((err: unknown) => session.fail(err))), session.state.subscribe(() => this.follow())];
    this.follow();
  }

  /** Asks main to look at the file again now (the window got the focus: a watcher may miss a network drive's change). */
  recheck(): void {
    this.watch(true);
  }

  /** Reload: the file as on disk, as one undo step (Undo gives the user's text back). */
  async reload(): Promise<void> {
    const change = this.value.get();
    if (!change?.doc) return;
    this.value.set(undefined);
    this.show(change.file, change.doc, `Reloaded ${change.name} from disk${this.session.current.dirty ? ': Undo brings your edits back' : ''}`);
  }

  /** Keep Mine: the edits stay, and the next Save asks once more whether to overwrite the other program's change. */
  keepMine(): void {
    this.session.askBeforeOverwrite();
    this.value.set(undefined);
  }

  /** Merge: the disk's changed items go into the user's document, as one undo step; false (the bar stays) when they collide. */
  async merge(): Promise<boolean> {
    const change = this.value.get();
    const base = this.session.baseFile;
    if (!change?.doc || !base) return false;
    const disk = withEstimatedMarks(change.doc, change.file.estimated);
    const merged = await this.mergeWith(disk);
    if (!merged.ok) {
      this.value.set({ ...change, merge: this.outlook(merged) });
      return false;
    }
    this.value.set(undefined);
    // The editor state that is the file on disk, against which unsaved changes are told from now on.
    const diskState = this.editor.state.update(showDocumentSpec(this.editor.state, disk, 'edit.reload')).state;
    this.editor.dispatch(showDocumentSpec(this.editor.state, merged.doc, 'edit.merge'));
    this.session.adoptDiskFile(change.file, diskState, `Merged the changes on disk with yours: save to write both`);
    return true;
  }

  /** The two texts Compare shows: the file on disk, and the file as Save would write the user's document. */
  compareTexts(): { disk: string; mine: string } | undefined {
    const change = this.value.get();
    return change && { disk: change.file.text, mine: serializeEpisode(documentFromState(this.editor.state)) };
  }

  /** Stops listening (main goes on watching until told otherwise). */
  destroy(): void {
    for (const unsubscribe of this.unsubscribes) unsubscribe();
  }

  /** A new file, a save, a reload: main watches the file the editor is now made over. */
  private follow(): void {
    const change = this.value.get();
    const { path } = this.session.current;
    if (change && (change.file.path !== path || change.baseHash !== this.session.baseFile?.hash)) this.value.set(undefined);
    this.watch(false);
  }

  private watch(always: boolean): void {
    const path = this.session.current.path;
    const hash = path === undefined ? undefined : this.session.baseFile?.hash;
    if (!always && path === this.watched.path && hash === this.watched.hash) return;
    this.watched = { path, hash };
    const req = path !== undefined && hash !== undefined ? { path, hash } : {};
    void this.api.watchEpisode(req).catch((err: unknown) => console.warn(`not watching ${path ?? 'the new episode'}: ${errorMessage(err)}`));
  }

  private async arrived(file: EpisodeFile): Promise<void> {
    await this.session.whenLoaded();
    if (file.path !== this.session.current.path || file.hash === this.session.baseFile?.hash) return;
    const name = baseName(file.path);
    let doc: EpisodeDocument | undefined;
    try {
      doc = await parseEpisodeFile(file.text, file.path);
    } catch (err) {
      // Half written, or not an episode any more: the user's edits stay, and the next change is reported too.
      this.value.set({ file, name, doc: undefined, merge: { ok: false, reason: `The file on disk cannot be read as an episode: ${errorMessage(err)}` }, baseHash: this.session.baseFile?.hash });
      return;
    }
    if (!this.session.current.dirty) {
      this.value.set(undefined);
      this.show(file, doc, `Reloaded ${name}: it was changed on disk`);
      return;
    }
    const merged = this.session.baseFile ? await this.mergeWith(withEstimatedMarks(doc, file.estimated)) : undefined;
    const baseHash = this.session.baseFile?.hash;
    if (file.hash !== baseHash) this.value.set({ file, name, doc, merge: merged ? this.outlook(merged) : { ok: false, reason: 'There is no file to merge over.' }, baseHash });
  }

  /** Shows the file as on disk, as one undo step over what the editor showed; a read-only file is opened anew. */
  private show(file: EpisodeFile, doc: EpisodeDocument, notice: string): void {
    if (file.readOnly !== undefined || this.session.current.readOnly !== undefined) {
      void this.session.showFile(file);
      return;
    }
    this.editor.dispatch(showDocumentSpec(this.editor.state, withEstimatedMarks(doc, file.estimated), 'edit.reload'));
    this.session.adoptDiskFile(file, this.editor.state, notice);
  }

  /** What Merge would do, in words for the window. */
  private outlook(merged: EpisodeMerge): MergeOutlook {
    if (merged.ok) return { ok: true, fromDisk: merged.fromDisk, fromMine: merged.fromMine };
    const base = documentFromState(this.session.baseFile!.state).items;
    return { ok: false, reason: `Both you and the other program changed ${merged.conflicts.map((c) => describeConflict(c, base)).join(', ')}: Merge cannot tell which to keep.` };
  }

  /** The three-way merge of the user's document with the disk's, over the file they were made from (loaded the first time). */
  private async mergeWith(disk: EpisodeDocument): Promise<EpisodeMerge> {
    const { mergeEpisodes } = await import('../../../shared/episode/merge.js');
    return mergeEpisodes(documentFromState(this.session.baseFile!.state), documentFromState(this.editor.state), disk);
  }
}

/** A place both sides changed, in words: the turn (by time and speaker) or header there, a key, the body. */
function describeConflict(conflict: MergeConflict, base: readonly TranscriptItem[]): string {
  switch (conflict.kind) {
    case 'items': {
      const item = base[conflict.from] ?? base[conflict.from - 1];
      const more = conflict.to - conflict.from > 1 ? ` and ${conflict.to - conflict.from - 1} more after it` : '';
      if (item?.kind === 'header') return `the header "${item.header}"${more}`;
      if (item?.kind === 'turn') return `the turn${item.time ? ` at ${item.time}` : ''}${item.who ? ` (${item.who})` : ''}${more}`;
      return `item ${conflict.from + 1}${more}`;
    }
    case 'key':
      return `"${conflict.key}"`;
    case 'text':
      return `the text ${conflict.part}`;
  }
}
