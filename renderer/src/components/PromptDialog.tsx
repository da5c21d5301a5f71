import { useState } from 'react';
import { DialogForm } from './DialogForm.js';

/** Props of a one-field dialog. */
export interface PromptDialogProps {
  readonly title: string;
  readonly label: string;
  readonly initial: string;
  /** A line under the field saying what the value is for. */
  readonly hint?: string;
  readonly onSubmit: (value: string) => void;
  readonly onCancel: () => void;
}

/** Asks for one line of text. */
export function PromptDialog({ title, label, initial, hint, onSubmit, onCancel }: PromptDialogProps) {
  const [value, setValue] = useState(initial);
  return (
    <DialogForm label={title} onCancel={onCancel} onSubmit={() => onSubmit(value)}>
        <h2>{title}</h2>
        <label>
          {label}
          <input autoFocus value={value} onChange={(e) => setValue(e.target.value)} onFocus={(e) => e.target.select()} aria-label={label} />
        </label>
        {hint && <p className="hint">{hint}</p>}
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit">OK</button>
        </div>
    </DialogForm>
  );
}
