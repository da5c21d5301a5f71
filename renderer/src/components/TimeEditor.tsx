import { useState } from 'react';
import { parseTime } from '../../../shared/episode/index.js';

/** Props of the time editor. */
export interface TimeEditorProps {
  readonly current: string | undefined;
  readonly anchor: DOMRect;
  /** Applies a valid time text; an empty text removes the time. */
  readonly onApply: (text: string) => void;
  readonly onCancel: () => void;
}

/** A small popup to edit a turn's time (`M:SS` or `H:MM:SS`); its sec follows. */
export function TimeEditor({ current, anchor, onApply, onCancel }: TimeEditorProps) {
  const [text, setText] = useState(current ?? '');
  const valid = text.trim() === '' || parseTime(text) !== undefined;
  return (
    <div className="popover" style={{ left: anchor.left, top: anchor.bottom + 4 }} role="dialog" aria-label="Edit time">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onApply(text);
        }}
      >
        <input
          autoFocus
          aria-label="Time"
          aria-invalid={!valid}
          placeholder="M:SS"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onFocus={(e) => e.target.select()}
          onKeyDown={(e) => e.key === 'Escape' && onCancel()}
        />
      </form>
      <p className={valid ? 'hint' : 'hint invalid'}>{valid ? 'Enter to apply, Esc to cancel' : 'Write a time as M:SS or H:MM:SS'}</p>
    </div>
  );
}
