import { useState } from 'react';
import { usePopoverPlace } from './use-popover-place.js';
import { shortcutLabel, speakerCommandId } from '../../../shared/commands.js';
import { IS_MAC } from '../platform.js';

/** Props of the speaker picker. */
export interface SpeakerPickerProps {
  /** Speakers of this episode in their keys' order; the speaker commands (Alt+1…9) pick them, here as in the text. */
  readonly roster: readonly string[];
  /** Further names to complete from, after the roster (the guests the frontmatter lists, the names the text mentions). */
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
  const names = [...new Set([...roster, ...suggestions])];
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
          onChange={(e) => {
            const typed = e.target.value;
            // Only typing at the end completes: a deletion or an edit inside the name is left as it is.
            const atEnd = (e.nativeEvent as InputEvent).inputType === 'insertText' && e.target.selectionStart === typed.length;
            const name = atEnd ? completion(typed, names) : undefined;
            if (name) {
              // The completion is selected, so that typing on replaces it and Enter takes it. Set here, as
              // React leaves an input alone whose value it already shows (the same completion twice).
              e.target.value = name;
              e.target.setSelectionRange(typed.length, name.length);
            }
            setText(name ?? typed);
          }}
          onFocus={(e) => e.target.select()}
          onKeyDown={(e) => e.key === 'Escape' && onCancel()}
        />
        <datalist id="speaker-suggestions">
          {names.map((name) => (
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

/** The first name that starts with what was typed (in any case) and is longer, as the name is written. */
function completion(typed: string, names: readonly string[]): string | undefined {
  const prefix = typed.toLocaleLowerCase();
  return typed.trim() === '' ? undefined : names.find((name) => name.length > typed.length && name.toLocaleLowerCase().startsWith(prefix));
}
