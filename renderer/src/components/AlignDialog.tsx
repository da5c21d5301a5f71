import { useMemo, useState } from 'react';
import { alignToCaptions, applyAlignment, captionWords, undoShift, type Alignment, type TimelineShift } from '../../../shared/align/index.js';
import { formatTime, type TranscriptItem } from '../../../shared/episode/index.js';
import { errorMessage } from '../../../shared/errors.js';
import { baseName } from '../../../shared/paths.js';
import { DialogForm } from './DialogForm.js';

/** Props of the align dialog. */
export interface AlignDialogProps {
  /** The caption file the user picked. */
  readonly captions: { readonly path: string; readonly text: string };
  /** The transcript's items now. */
  readonly items: readonly TranscriptItem[];
  /** Applies the items with their new times (one undo step). */
  readonly onApply: (items: readonly TranscriptItem[]) => void;
  readonly onCancel: () => void;
}

/** The alignment of the items to the caption file, or why there is none. */
function align(captions: AlignDialogProps['captions'], items: readonly TranscriptItem[]): { alignment: Alignment } | { error: string } {
  try {
    const words = captionWords(captions.text, captions.path);
    if (words.length === 0) return { error: `${baseName(captions.path)} has no timed words to align to.` };
    return { alignment: alignToCaptions(items, words) };
  } catch (err) {
    return { error: errorMessage(err) };
  }
}

/** The shift found between the captions and the episode, as a sentence. */
function describeShift(shift: TimelineShift): string {
  const by = (seconds: number) => `${Math.abs(Math.round(seconds))} s ${seconds > 0 ? 'later' : 'earlier'}`;
  if (shift.kind === 'offset') return `The captions run ${by(shift.seconds)} than the episode’s times throughout.`;
  return `From the turn at ${formatTime(shift.atSec)} on, the captions run ${by(shift.seconds)} than before it (an intro or a stretch added or removed).`;
}

/** Timing › Align to Captions…: what the alignment would change, before it changes anything. */
export function AlignDialog({ captions, items, onApply, onCancel }: AlignDialogProps) {
  const found = useMemo(() => align(captions, items), [captions, items]);
  const [takeOffShift, setTakeOffShift] = useState(true);
  const alignment = 'alignment' in found ? (takeOffShift ? undoShift(found.alignment) : found.alignment) : undefined;
  const summary = alignment?.summary;
  const changes = summary ? summary.moved + summary.added : 0;
  return (
    <DialogForm label="Align to captions" onCancel={onCancel} onSubmit={() => alignment && changes > 0 && onApply(applyAlignment(items, alignment))}>
      <h2>Align to {baseName(captions.path)}</h2>
      {'error' in found && (
        <div className="import-preview import-error" role="status">
          <p>{found.error}</p>
        </div>
      )}
      {summary && alignment && (
        <div className="import-preview" role="status">
          <p>
            {summary.turns} turns: {summary.matched} matched to the captions, {summary.estimated} estimated between them ({summary.matchedWords} of {summary.textWords} words matched).
          </p>
          <p>
            {changes === 0
              ? 'Every turn already starts where the captions say.'
              : `${summary.moved} turn${summary.moved === 1 ? '' : 's'} would move (by ${summary.medianMoveSec} s in the middle, ${summary.maxMoveSec} s at most)${summary.added ? `, ${summary.added} would get a time` : ''}.`}
          </p>
          {found && 'alignment' in found && found.alignment.shift && (
            <label className="check">
              <input type="checkbox" checked={takeOffShift} onChange={(e) => setTakeOffShift(e.target.checked)} /> {describeShift(found.alignment.shift)} Keep the episode’s timeline (take that off).
            </label>
          )}
        </div>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={changes === 0}>
          Apply
        </button>
      </div>
    </DialogForm>
  );
}
