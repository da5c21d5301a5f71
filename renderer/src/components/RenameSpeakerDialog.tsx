import { useState } from 'react';
import { DialogForm } from './DialogForm.js';

/** Props of the rename dialog. */
export interface RenameSpeakerDialogProps {
  readonly roster: readonly string[];
  /** The speaker to rename at first (the one at the cursor). */
  readonly initial: string | undefined;
  readonly onRename: (from: string, to: string) => void;
  readonly onCancel: () => void;
}

/** Renames one speaker on every turn (one undo step). */
export function RenameSpeakerDialog({ roster, initial, onRename, onCancel }: RenameSpeakerDialogProps) {
  const [from, setFrom] = useState(initial ?? roster[0] ?? '');
  const [to, setTo] = useState(initial ?? '');
  return (
    <DialogForm label="Rename speaker" onCancel={onCancel} onSubmit={() => onRename(from, to)}>
        <h2>Rename speaker everywhere</h2>
        <label>
          Speaker
          <select value={from} onChange={(e) => setFrom(e.target.value)} aria-label="Speaker to rename">
            {roster.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label>
          New name
          <input autoFocus value={to} onChange={(e) => setTo(e.target.value)} onFocus={(e) => e.target.select()} aria-label="New name" />
        </label>
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" disabled={!to.trim() || to.trim() === from}>
            Rename
          </button>
        </div>
    </DialogForm>
  );
}
