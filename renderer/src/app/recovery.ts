import type { Api, EpisodeFile, Recovery } from '../../../shared/api.js';
import { errorMessage } from '../../../shared/errors.js';
import type { EpisodeDocument, TranscriptItem } from '../../../shared/episode/index.js';
import { withEstimatedMarks } from '../editor/estimated-marks.js';
import { replaceAllItems, setFrontmatterValue, transcriptField } from '../editor/transcript-field.js';
import type { TranscriptHost } from '../editor/transcript-host.js';
import { parseEpisodeFile } from './episode-parser.js';
import type { EpisodeSession } from './episode-session.js';

/** How long after a change the unsaved work is written (at most: typing on does not put it off). */
export const RECOVERY_DELAY_MS = 3000;

/**
 * Keeps the session's unsaved work in main's recovery store a few seconds after each change, so that
 * a crash or a kill loses those seconds at most; forgets it once nothing is unsaved (saved, discarded,
 * closed clean, or undone back to the file). Never writes the episode itself.
 */
export class RecoveryWriter {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The episodes (by path, '' for a new one) this window kept work for: forgotten once they are saved or left. */
  private readonly kept = new Set<string>();
  private readonly unsubscribes: (() => void)[];

  constructor(
    private readonly api: Api,
    editor: TranscriptHost,
    private readonly session: EpisodeSession,
    private readonly delayMs = RECOVERY_DELAY_MS,
  ) {
    this.unsubscribes = [
      // The session hears each change first (it subscribed when made), so its dirty state is current here.
      editor.on('change', () => this.session.current.dirty && this.schedule()),
      // A new episode (an import) is unsaved from the start, before any edit.
      session.state.subscribe((state) => (state.dirty ? this.schedule() : this.forget())),
    ];
  }

  /** Writes the unsaved work now, if any (a test, or the page going away). */
  async flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const work = this.session.unsavedWork();
    if (!work) return;
    const key = work.path ?? '';
    // Work on another episode was saved or discarded before this one was opened: only this one is unsaved now.
    for (const other of [...this.kept]) if (other !== key) this.clear(other);
    this.kept.add(key);
    await this.api.saveRecovery(work).catch((err: unknown) => console.warn(`unsaved work not kept for recovery: ${errorMessage(err)}`));
  }

  /** Takes the work kept for an episode as this window's own (restored at start): forgotten, like its own, once nothing is unsaved. */
  adopt(path: string | undefined): void {
    this.kept.add(path ?? '');
  }

  /** Stops writing (what was written stays, for the next start). */
  destroy(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const unsubscribe of this.unsubscribes) unsubscribe();
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Nothing is unsaved: what was kept is no longer needed. */
  private forget(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    for (const key of [...this.kept]) this.clear(key);
  }

  private clear(key: string): void {
    this.kept.delete(key);
    void this.api.clearRecovery(key === '' ? {} : { path: key }).catch((err: unknown) => console.warn(`recovery not cleared: ${errorMessage(err)}`));
  }
}

/** Unsaved work found at start for the file shown, for the user to restore or discard. */
export interface RecoveryOffer {
  readonly name: string;
  /** When the work was last kept. */
  readonly savedAt: number;
  /** How many transcript items it changes against the file on disk (added, removed or edited). */
  readonly differing: number;
  /** True when the file on disk is no longer the one the work was made over. */
  readonly changedOnDisk: boolean;
  /** True for a new episode never saved (an import): `differing` is then its number of items. */
  readonly isNew?: boolean;
  /** The file on disk and the recovered work as Save would write it, for the dialog to show what differs (none for a new episode). */
  readonly texts?: { readonly disk: string; readonly recovered: string };
  /** Puts the work into the editor over the file as on disk: one undo step, unsaved. */
  restore(): Promise<void>;
  /** Forgets the work. */
  discard(): Promise<void>;
}

/**
 * The offer for a file just shown (`file`, as `disk`, its parse) when the recovery store holds unsaved
 * work on it that differs from it; undefined otherwise (work equal to the file is forgotten). Once
 * restored, the work is `writer`'s to keep up to date and to forget.
 */
export async function recoveryOffer(api: Api, editor: TranscriptHost, file: EpisodeFile, disk: EpisodeDocument, writer?: RecoveryWriter): Promise<RecoveryOffer | undefined> {
  const recovery = await api.recoveryFor({ path: file.path });
  if (!recovery) return undefined;
  const forget = () => api.clearRecovery({ path: file.path });
  if (recovery.text === file.text && !recovery.estimated.length) {
    await forget();
    return undefined;
  }
  const doc = await recoveredDocument(recovery, file.path);
  return {
    name: recovery.name,
    savedAt: recovery.savedAt,
    differing: differingItems(disk.items, doc.items),
    changedOnDisk: recovery.baseHash !== undefined && recovery.baseHash !== file.hash,
    texts: { disk: file.text, recovered: recovery.text },
    restore: async () => {
      writer?.adopt(file.path);
      editor.dispatch(restoreTransaction(editor, doc));
    },
    discard: forget,
  };
}

/**
 * The offer of the new episode's unsaved work (an import or a New Episode never saved) found at start;
 * undefined when there is none. Restoring shows it as a new episode again, after asking about unsaved
 * changes to what is open; Save then asks where it goes.
 */
export async function newEpisodeOffer(api: Api, session: EpisodeSession, writer?: RecoveryWriter): Promise<RecoveryOffer | undefined> {
  const recovery = await api.recoveryFor({});
  if (!recovery) return undefined;
  const doc = await recoveredDocument(recovery, recovery.name);
  return {
    name: recovery.name,
    savedAt: recovery.savedAt,
    differing: doc.items.length,
    changedOnDisk: false,
    isNew: true,
    restore: async () => {
      if (!(await session.confirmLeave())) return;
      writer?.adopt(undefined);
      session.showNew(doc, recovery.name);
    },
    discard: () => api.clearRecovery({}),
  };
}

/** The recovered text read as an episode, its estimated times flagged. */
async function recoveredDocument(recovery: Recovery, path: string): Promise<EpisodeDocument> {
  return withEstimatedMarks(await parseEpisodeFile(recovery.text, path), recovery.estimated);
}

/** One transaction (one undo step) that makes the editor's document the recovered one: every item and the changed frontmatter values. */
function restoreTransaction(editor: TranscriptHost, doc: EpisodeDocument) {
  const { base } = editor.state.field(transcriptField);
  const spec = replaceAllItems(editor.state, doc.items);
  const changed = doc.entries.filter((entry) => {
    const now = base.entries.find((e) => e.key === entry.key);
    return now !== undefined && entry.key !== 'transcript' && JSON.stringify(valueKey(now.value)) !== JSON.stringify(valueKey(entry.value));
  });
  const effects = [...[spec.effects ?? []].flat(), ...changed.map((entry) => setFrontmatterValue.of({ key: entry.key, value: entry.value }))];
  return { ...spec, effects, userEvent: 'edit.restore' };
}

/** A YAML value as plain JSON, for comparing (maps become entry lists). */
function valueKey(value: unknown): unknown {
  if (value instanceof Map) return [...value].map(([k, v]) => [valueKey(k), valueKey(v)]);
  if (Array.isArray(value)) return value.map(valueKey);
  return value;
}

/** How many items differ between two lists: all but the common run at the start and the one at the end. */
export function differingItems(a: readonly TranscriptItem[], b: readonly TranscriptItem[]): number {
  const ka = a.map(itemKey);
  const kb = b.map(itemKey);
  let start = 0;
  while (start < ka.length && start < kb.length && ka[start] === kb[start]) start++;
  let end = 0;
  while (end < ka.length - start && end < kb.length - start && ka[ka.length - 1 - end] === kb[kb.length - 1 - end]) end++;
  return Math.max(ka.length, kb.length) - start - end;
}

function itemKey(item: TranscriptItem): string {
  switch (item.kind) {
    case 'turn':
      return JSON.stringify(['turn', item.line, item.sec, item.time, item.who, item.estimated ?? false]);
    case 'header':
      return JSON.stringify(['header', item.header]);
    case 'unknown':
      return JSON.stringify(['unknown', item.origin?.text ?? JSON.stringify(valueKey(item.value))]);
  }
}
