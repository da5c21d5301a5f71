import { useMemo, useState } from 'react';
import { alignmentDoubt, alignToAudio, alignToCaptions, applyAlignment, captionWords, isSureTurn, undoShift, type Alignment, type TimelineShift } from '../../../shared/align/index.js';
import { formatTime, type TranscriptItem } from '../../../shared/episode/index.js';
import { errorMessage } from '../../../shared/errors.js';
import { baseName } from '../../../shared/paths.js';
import type { AlignSource } from '../app/overlays.js';
import { DialogForm } from './DialogForm.js';

/** Props of the align dialog. */
export interface AlignDialogProps {
  /** The caption file the user picked, or the words recognised in the audio. */
  readonly source: AlignSource;
  /** The transcript's items now. */
  readonly items: readonly TranscriptItem[];
  /** Applies the items with their new times (one undo step). */
  readonly onApply: (items: readonly TranscriptItem[]) => void;
  readonly onCancel: () => void;
}

/** The alignment of the items to the caption file or the audio's words, or why there is none. */
function align(source: AlignSource, items: readonly TranscriptItem[]): { alignment: Alignment; doubt: ReturnType<typeof alignmentDoubt> } | { error: string } {
  try {
    const words = source.kind === 'captions' ? captionWords(source.text, source.path) : source.words;
    if (words.length === 0) return { error: source.kind === 'captions' ? `${baseName(source.path)} has no timed words to align to.` : `No words of the text were heard in ${baseName(source.path)}.` };
    const alignment = source.kind === 'captions' ? alignToCaptions(items, words) : alignToAudio(items, words, isSureTurn, source.onlyUnsure);
    // Only the audio around a few unsure turns heard: the text's word counts do not measure it.
    const doubt = source.kind === 'audio' && source.onlyUnsure ? undefined : alignmentDoubt(alignment.summary);
    // Times spread over the track with no turn found in it would all be guesses: most likely the wrong file.
    if (doubt === 'no-turn-found') return { error: `No turn of the text was found in ${baseName(source.path)}: ${isItTheFile(source)}` };
    return { alignment, doubt };
  } catch (err) {
    return { error: errorMessage(err) };
  }
}

/** The question to ask when the file may be another episode's. */
const isItTheFile = (source: AlignSource) => (source.kind === 'captions' ? 'are these the episode’s captions?' : 'is this the episode’s audio?');

/** The shift found between the captions and the episode, as a sentence. */
function describeShift(shift: TimelineShift): string {
  const by = (seconds: number) => `${Math.abs(Math.round(seconds))} s ${seconds > 0 ? 'later' : 'earlier'}`;
  if (shift.kind === 'offset') return `The captions run ${by(shift.seconds)} than the episode’s times throughout.`;
  return `From the turn at ${formatTime(shift.atSec)} on, the captions run ${by(shift.seconds)} than before it (an intro or a stretch added or removed).`;
}

/** `1 turn keeps its time`, `9 turns keep their times`. */
const keptTimes = (n: number) => (n === 1 ? '1 turn keeps its time' : `${n} turns keep their times`);

/** `1 turn`, `9 turns`. */
const turnCount = (n: number) => `${n} turn${n === 1 ? '' : 's'}`;

/** Timing › Align to Captions… and Align to Audio…: what the alignment would change, before it changes anything. */
export function AlignDialog({ source, items, onApply, onCancel }: AlignDialogProps) {
  const found = useMemo(() => align(source, items), [source, items]);
  const [takeOffShift, setTakeOffShift] = useState(true);
  // The audio is the episode's timeline: a shift against it is the episode's times being wrong.
  const shift = source.kind === 'captions' && 'alignment' in found ? found.alignment.shift : null;
  const alignment = 'alignment' in found ? (takeOffShift && shift ? undoShift(found.alignment) : found.alignment) : undefined;
  const heard = source.kind === 'captions' ? 'the captions' : 'the audio';
  const summary = alignment?.summary;
  const changes = summary ? summary.moved + summary.added : 0;
  // Sure times the audio left alone: not heard there, or none of their words matched.
  const timed = new Set(alignment?.turns.map((t) => t.index));
  const kept = source.kind === 'audio' ? items.filter((item, index) => isSureTurn(item) && !timed.has(index)).length : 0;
  return (
    <DialogForm label={source.kind === 'captions' ? 'Align to captions' : 'Align to audio'} onCancel={onCancel} onSubmit={() => alignment && changes > 0 && onApply(applyAlignment(items, alignment))}>
      <h2>Align to {baseName(source.path)}</h2>
      {'error' in found && (
        <div className="import-preview import-error" role="status">
          <p>{found.error}</p>
        </div>
      )}
      {summary && alignment && (
        <div className="import-preview" role="status">
          <p>
            {summary.turns} turns: {summary.matched} matched to {heard}, {summary.estimated} estimated between them ({summary.matchedWords} of {summary.textWords} words matched).
          </p>
          <p>
            {changes === 0
              ? kept > 0
                ? 'No turn would change.'
                : `Every turn already starts where ${heard} says.`
              : [
                  summary.moved > 0 && `${turnCount(summary.moved)} would move (by ${summary.medianMoveSec} s in the middle, ${summary.maxMoveSec} s at most)`,
                  summary.added > 0 && `${turnCount(summary.added)} would get a time`,
                ]
                  .filter(Boolean)
                  .join(', ')
                  .concat('.')}
          </p>
          {kept > 0 && <p>{keptTimes(kept)}, given or set by hand.</p>}
          {'doubt' in found && found.doubt === 'few-words-found' && (
            <p className="import-warning">
              Only {Math.floor((100 * summary.matchedWords) / summary.textWords)}% of the text’s words were found in {baseName(source.path)}: {isItTheFile(source)} If so, check the times after applying.
            </p>
          )}
          {shift && (
            <label className="check">
              <input type="checkbox" checked={takeOffShift} onChange={(e) => setTakeOffShift(e.target.checked)} /> {describeShift(shift)} Keep the episode’s timeline (take that off).
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
