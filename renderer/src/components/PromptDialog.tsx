import { useState } from 'react';
import { DialogForm } from './DialogForm.js';

/** Props of a one-field dialog. */
export interface PromptDialogProps {
  readonly title: string;
  readonly label: string;
  readonly initial: string;
  /** A line under the field saying what the value is for. */
  readonly hint?: string;
  /** Checks the value as it is typed: what is wrong with it (OK stays off), or a hint for it. */
  readonly check?: (value: string) => { readonly ok: boolean; readonly hint: string };
  readonly onSubmit: (value: string) => void;
  readonly onCancel: () => void;
}

/** Asks for one line of text. */
export function PromptDialog({ title, label, initial, hint, check, onSubmit, onCancel }: PromptDialogProps) {
  const [value, setValue] = useState(initial);
  const checked = check?.(value) ?? { ok: true, hint };
  return (
    <DialogForm label={title} onCancel={onCancel} onSubmit={() => checked.ok && onSubmit(value)}>
        <h2>{title}</h2>
        <label>
          {label}
          <input autoFocus value={value} onChange={(e) => setValue(e.target.value)} onFocus={(e) => e.target.select()} aria-label={label} aria-invalid={!checked.ok} />
        </label>
        {checked.hint && <p className={checked.ok ? 'hint' : 'hint invalid'}>{checked.hint}</p>}
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" disabled={!checked.ok}>
            OK
          </button>
        </div>
    </DialogForm>
  );
}
