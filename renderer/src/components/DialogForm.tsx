import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';

/** Props of a modal dialog's frame. */
export interface DialogFormProps {
  /** The dialog's accessible name. */
  readonly label: string;
  readonly className?: string;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}

/** A modal form over a dimmed window: Escape or a click outside cancels, Enter submits. */
export function DialogForm({ label, className = '', onSubmit, onCancel, children }: DialogFormProps) {
  const form = useRef<HTMLFormElement>(null);
  // A dialog with no field to focus (one that opens when work in the background ends, say) takes the
  // focus itself: keys typed on would otherwise go on editing the text behind it.
  useEffect(() => {
    if (form.current && !form.current.contains(document.activeElement)) form.current.focus();
  }, []);
  return (
    <div className="overlay" onClick={onCancel}>
      <form
        ref={form}
        tabIndex={-1}
        className={`overlay-card dialog ${className}`}
        role="dialog"
        aria-label={label}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
          // The form itself focused (no field took the focus): Enter submits, as it does from a field.
          else if (e.key === 'Enter' && e.target === e.currentTarget) {
            e.preventDefault();
            e.currentTarget.requestSubmit();
          }
        }}
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {children}
      </form>
    </div>
  );
}
