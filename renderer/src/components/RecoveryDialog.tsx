import type { RecoveryOffer } from '../app/recovery.js';
import { lineDiff } from '../../../shared/line-diff.js';
import { DialogForm } from './DialogForm.js';
import { LineDiffView } from './LineDiffView.js';

/** Offers the unsaved work found at start (after a crash or a kill): Restore puts it back as one undo step, Discard forgets it. */
export function RecoveryDialog({ offer, onDone, onError }: { offer: RecoveryOffer; onDone: () => void; onError: (err: unknown) => void }) {
  const run = (action: () => Promise<void>) => {
    onDone();
    void action().catch(onError);
  };
  // Only the estimated-time flags may differ, with the same text: then there is no line to show.
  const hunks = offer.texts ? lineDiff(offer.texts.disk, offer.texts.recovered) : [];
  const items = `${offer.differing} ${offer.differing === 1 ? 'item differs' : 'items differ'} from the file on disk`;
  // Escape or a click outside leaves the choice for the next start: nothing is lost.
  return (
    <DialogForm label="Recovered changes" {...(hunks.length > 0 && { className: 'compare-dialog' })} onCancel={onDone} onSubmit={() => run(offer.restore)}>
      <h2>Recovered changes</h2>
      {offer.isNew ? (
        <>
          <p>
            A new episode, {offer.name}, never saved, was recovered from {new Date(offer.savedAt).toLocaleString()}.
          </p>
          <p className="hint">
            {offer.differing} {offer.differing === 1 ? 'item' : 'items'}. Restore opens it as a new episode; Save asks where it goes.
          </p>
        </>
      ) : (
        <>
          <p>
            Unsaved changes to {offer.name} from {new Date(offer.savedAt).toLocaleString()} were recovered.
          </p>
          <p className="hint">
            {items}.{offer.changedOnDisk ? ' The file was changed on disk since; restoring puts these changes over it.' : ''} Undo after Restore returns to the file as on disk.
          </p>
          {hunks.length > 0 && (
            <>
              <p className="hint">
                <span className="diff-old">− on disk</span> <span className="diff-new">+ recovered</span>
              </p>
              <LineDiffView hunks={hunks} oldName="on disk" newName="recovered" />
            </>
          )}
        </>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={() => run(offer.discard)}>
          Discard
        </button>
        <button type="submit" autoFocus>
          Restore
        </button>
      </div>
    </DialogForm>
  );
}
