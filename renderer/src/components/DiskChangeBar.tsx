import type { Workspace } from '../app/create-workspace.js';
import type { MergeOutlook } from '../app/external-changes.js';
import { useObservable } from './use-observable.js';

/**
 * Says at once, without blocking the editing, that another program changed the open file while it has
 * unsaved edits, and offers Reload, Keep Mine, Compare and Merge.
 */
export function DiskChangeBar({ workspace }: { workspace: Workspace }) {
  const { changes, overlays, session } = workspace;
  const change = useObservable(changes.change);
  if (!change) return null;
  const fail = (err: unknown) => session.fail(err);
  return (
    <div className="disk-change-bar" role="alert" aria-label="Changed on disk">
      <div className="disk-change-text">
        <strong>{change.name} was changed on disk</strong> by another program while you have unsaved edits.
        <span className="hint"> {mergeHint(change.merge)}</span>
      </div>
      <div className="dialog-buttons">
        <button type="button" disabled={!change.doc} onClick={() => void changes.reload().catch(fail)} title="Take the file on disk (Undo brings your edits back)">
          Reload
        </button>
        <button type="button" onClick={() => changes.keepMine()} title="Keep your edits: the next Save asks whether to overwrite the file">
          Keep Mine
        </button>
        <button type="button" onClick={() => overlays.showDialog({ kind: 'compare' })}>
          Compare
        </button>
        <button type="submit" disabled={!change.merge.ok} onClick={() => void changes.merge().catch(fail)} title="Put the other program's changes into your document">
          Merge
        </button>
      </div>
    </div>
  );
}

/** What Merge would do, in a sentence. */
export function mergeHint(merge: MergeOutlook): string {
  if (!merge.ok) return merge.reason;
  return `You and the other program changed different items: Merge puts the ${count(merge.fromDisk, 'change')} on disk into your document and keeps your ${count(merge.fromMine, 'edit')}.`;
}

/** `change`, `2 changes`. */
function count(n: number, noun: string): string {
  return n === 1 ? noun : `${n} ${noun}s`;
}
