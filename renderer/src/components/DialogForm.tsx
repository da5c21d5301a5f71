import type { FormEvent, ReactNode } from 'react';

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
  return (
    <div className="overlay" onClick={onCancel}>
      <form
        className={`overlay-card dialog ${className}`}
        role="dialog"
        aria-label={label}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && onCancel()}
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
