import { useState } from 'react';
import { usePopoverPlace } from './use-popover-place.js';
import { shortcutLabel, speakerCommandId } from '../../../shared/commands.js';
import { IS_MAC } from '../platform.js';

/** Props of the speaker picker. */
export interface SpeakerPickerProps {
  /** Speakers of this episode in their keys' order; the speaker commands (Alt+1…9) pick them, here as in the text. */
  readonly roster: readonly string[];
  /** Further names to complete from (the guests the frontmatter lists). */
  readonly suggestions?: readonly string[];
  readonly current: string | undefined;
  readonly anchor: DOMRect;
  readonly onPick: (who: string) => void;
  readonly onCancel: () => void;
}

/** A small popup to choose or type a turn's speaker. */
export function SpeakerPicker({ roster, suggestions = [], current, anchor, onPick, onCancel }: SpeakerPickerProps) {
  const place = usePopoverPlace(anchor);
  const [text, setText] = useState(current ?? '');
  return (
    <div className="popover" ref={place.ref} style={place.style} role="dialog" aria-label="Change speaker">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onPick(text);
        }}
      >
        <input
          autoFocus
          aria-label="Speaker name"
          list="speaker-suggestions"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onFocus={(e) => e.target.select()}
          onKeyDown={(e) => e.key === 'Escape' && onCancel()}
        />
        <datalist id="speaker-suggestions">
          {[...roster, ...suggestions].map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </form>
      <ol className="roster">
        {roster.slice(0, 9).map((name, i) => {
          const id = speakerCommandId(i + 1);
          return (
            <li key={name}>
              <button className={name === current ? 'current' : ''} onClick={() => onPick(name)}>
                {id && <kbd>{shortcutLabel(id, IS_MAC)}</kbd>} {name}
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
