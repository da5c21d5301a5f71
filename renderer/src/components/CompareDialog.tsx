import { lineDiff } from '../../../shared/line-diff.js';
import type { DiskChange, ExternalChanges } from '../app/external-changes.js';
import { DialogForm } from './DialogForm.js';
import { LineDiffView } from './LineDiffView.js';
import { mergeHint } from './DiskChangeBar.js';

/** Compare: the file on disk against the user's document as Save would write it, line by line, then the same choices as the bar. */
export function CompareDialog({ changes, change, onClose, onError }: { changes: ExternalChanges; change: DiskChange; onClose: () => void; onError: (err: unknown) => void }) {
  const texts = changes.compareTexts();
  const hunks = texts ? lineDiff(texts.disk, texts.mine) : [];
  const then = (action: () => Promise<unknown> | void) => {
    onClose();
    void Promise.resolve(action()).catch(onError);
  };
  return (
    <DialogForm label="Compare with the file on disk" className="compare-dialog" onCancel={onClose} onSubmit={onClose}>
      <h2>{change.name}: on disk and yours</h2>
      <p className="hint">
        <span className="diff-old">− on disk</span> <span className="diff-new">+ yours</span> (the file as Save would write it). {hunks.length === 0 ? 'They are the same.' : ''}
      </p>
      <LineDiffView hunks={hunks} oldName="on disk" newName="in yours" />
      <p className="hint">{mergeHint(change.merge)}</p>
      <div className="dialog-buttons">
        <button type="button" disabled={!change.doc} onClick={() => then(() => changes.reload())}>
          Reload
        </button>
        <button type="button" onClick={() => then(() => changes.keepMine())}>
          Keep Mine
        </button>
        <button type="button" disabled={!change.merge.ok} onClick={() => then(() => changes.merge())}>
          Merge
        </button>
        <button type="submit" autoFocus>
          Close
        </button>
      </div>
    </DialogForm>
  );
}
