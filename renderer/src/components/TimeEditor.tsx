import { useState } from 'react';
import { usePopoverPlace } from './use-popover-place.js';
import { formatTime } from '../../../shared/episode/index.js';
import { readTimeInput, resolveTimeInput } from '../../../shared/episode/time-input.js';

/** Props of the time editor. */
export interface TimeEditorProps {
  /** The turn's time now, in seconds, if it has one (offsets are from it). */
  readonly current: number | undefined;
  readonly anchor: DOMRect;
  /** Applies a valid time text (a time or an offset); an empty text removes the time. */
  readonly onApply: (text: string) => void;
  readonly onCancel: () => void;
}

/** What the box says under a text: what it will set, or what is wrong with it. */
function verdict(text: string, current: number | undefined): { readonly valid: boolean; readonly hint: string } {
  if (text.trim() === '') return { valid: true, hint: 'Enter removes the time, Esc cancels' };
  const input = readTimeInput(text);
  if (input.kind === 'invalid') return { valid: false, hint: input.message };
  const sec = resolveTimeInput(input, current);
  if (sec === undefined) return { valid: false, hint: 'This turn has no time to move: type the time it starts at' };
  return { valid: true, hint: input.kind === 'offset' ? `Enter sets ${formatTime(sec)}, Esc cancels` : 'Enter to apply, Esc to cancel' };
}

/** A small popup to edit a turn's time (`M:SS` or `H:MM:SS`, or `+2`, `-0:30` from it); its sec follows. */
export function TimeEditor({ current, anchor, onApply, onCancel }: TimeEditorProps) {
  const place = usePopoverPlace(anchor);
  const [text, setText] = useState(current === undefined ? '' : formatTime(current));
  const { valid, hint } = verdict(text, current);
  return (
    <div className="popover" ref={place.ref} style={place.style} role="dialog" aria-label="Edit time">
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
          placeholder="M:SS or +2"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onFocus={(e) => e.target.select()}
          onKeyDown={(e) => e.key === 'Escape' && onCancel()}
        />
      </form>
      <p className={valid ? 'hint' : 'hint invalid'}>{hint}</p>
    </div>
  );
}
