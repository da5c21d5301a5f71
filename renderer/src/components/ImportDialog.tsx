import { useMemo, useState } from 'react';
import { formatTime, type EpisodeDocument } from '../../../shared/episode/index.js';
import { readTimeInput } from '../../../shared/episode/time-input.js';
import { IMPORT_FORMATS, turnCount, type FormatChoice } from '../../../shared/import/index.js';
import { baseName } from '../../../shared/paths.js';
import { runImport, type ImportChoices } from '../app/import-flow.js';
import { DialogForm } from './DialogForm.js';
import { ImportTurnsPreview } from './ImportTurnsPreview.js';

/** Props of the import dialog. */
export interface ImportDialogProps {
  /** The raw file; `notice` says how it was decoded when not as UTF-8. */
  readonly raw: { readonly path: string; readonly text: string; readonly notice?: string };
  /** The open episode, for importing into it. */
  readonly open: EpisodeDocument;
  /** The open audio's length, if any: offered as the length untimed text is spread over. */
  readonly durationSec: number | undefined;
  readonly onImport: (doc: EpisodeDocument, into: 'new' | 'open') => void;
  readonly onCancel: () => void;
}

const FORMAT_LABELS: Record<FormatChoice, string> = {
  auto: 'Detect automatically',
  captions: 'Video captions (M:SS text lines)',
  text: 'Plain text, no times',
  transcript: 'Transcript (time, speaker, paragraphs or Name: text)',
  srt: 'SRT subtitles',
  vtt: 'WebVTT subtitles',
  chapters: 'Chapter list (as headers)',
};

/** File › Import Raw Transcript…: choose how to read the file, see what comes out, then import. */
export function ImportDialog({ raw, open, durationSec, onImport, onCancel }: ImportDialogProps) {
  const [choices, setChoices] = useState<Omit<ImportChoices, 'durationSec'>>({
    format: 'auto',
    sentenceCase: false,
    speakers: '',
    into: open.items.length ? 'new' : 'open',
    replace: false,
    replaceHeaders: false,
  });
  // Untimed text needs the recording's length: asked for, with the open audio's as a suggestion only.
  const [lengthText, setLengthText] = useState(durationSec === undefined ? '' : formatTime(Math.round(durationSec)));
  const length = readTimeInput(lengthText);
  const lengthSec = length.kind === 'at' && length.sec > 0 ? length.sec : undefined;
  const lengthProblem = lengthText.trim() !== '' && lengthSec === undefined ? (length.kind === 'invalid' ? length.message : 'Give the length as M:SS or H:MM:SS') : undefined;
  const outcome = useMemo(() => runImport(raw, open, { ...choices, durationSec: lengthSec }), [raw, open, choices, lengthSec]);
  // Chapters only ever go into the open episode, as headers.
  const chapters = outcome.ok && outcome.format === 'chapters';
  const into = outcome.ok ? outcome.into : choices.into;
  const set = <K extends keyof typeof choices>(key: K, value: (typeof choices)[K]) => setChoices((c) => ({ ...c, [key]: value }));
  const name = baseName(raw.path);
  return (
    <DialogForm label="Import raw transcript" className="import-dialog" onCancel={onCancel} onSubmit={() => outcome.ok && !lengthProblem && onImport(outcome.doc, outcome.into)}>
        <h2>Import {name}</h2>
        {raw.notice !== undefined && <p className="hint">{raw.notice}</p>}
        <label>
          Read it as
          <select value={choices.format} onChange={(e) => set('format', e.target.value as FormatChoice)} aria-label="Format">
            {(['auto', ...IMPORT_FORMATS] as const).map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Speakers to alternate by paragraph (optional)
          <input value={choices.speakers} placeholder="e.g. Alexey, Katie" onChange={(e) => set('speakers', e.target.value)} aria-label="Speakers" />
        </label>
        <label className="check">
          <input type="checkbox" checked={choices.sentenceCase} onChange={(e) => set('sentenceCase', e.target.checked)} /> Restore sentence case (captions)
        </label>
        {outcome.ok && outcome.untimed && (
          <label>
            Length of the recording, to spread estimated times over (empty: no times)
            <input value={lengthText} placeholder="H:MM:SS" onChange={(e) => setLengthText(e.target.value)} aria-label="Recording length" aria-invalid={lengthProblem !== undefined} />
            <span className={lengthProblem ? 'hint invalid' : 'hint'}>
              {lengthProblem ?? (durationSec !== undefined && lengthSec === Math.round(durationSec) ? 'The open audio’s length: change it if this text is of another recording.' : 'Times will be estimated and flagged until confirmed.')}
            </span>
          </label>
        )}
        <fieldset>
          <legend>Into</legend>
          <label className="check">
            <input type="radio" name="into" checked={into === 'new'} disabled={chapters} onChange={() => set('into', 'new')} /> A new episode
          </label>
          <label className="check">
            <input type="radio" name="into" checked={into === 'open'} onChange={() => set('into', 'open')} /> The open episode ({open.items.length} items){chapters && ', as headers: no turn changes'}
          </label>
          {chapters ? (
            <label className="check">
              <input type="checkbox" checked={choices.replaceHeaders === true} onChange={(e) => set('replaceHeaders', e.target.checked)} /> Remove its own headers first
            </label>
          ) : (
            <label className="check">
              <input type="checkbox" checked={choices.replace} disabled={choices.into !== 'open'} onChange={(e) => set('replace', e.target.checked)} /> Replace its transcript (
              {turnCount(open.items)} turns)
            </label>
          )}
        </fieldset>
        <div className={outcome.ok ? 'import-preview' : 'import-preview import-error'} role="status">
          {outcome.ok ? (
            <>
              <p>{outcome.detected}</p>
              <p>{outcome.summary}</p>
              {outcome.notes.map((note) => (
                <p key={note} className="hint">
                  {note}
                </p>
              ))}
            </>
          ) : (
            <p>{outcome.error}</p>
          )}
        </div>
        {outcome.ok && <ImportTurnsPreview items={outcome.doc.items} />}
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" disabled={!outcome.ok || lengthProblem !== undefined}>
            Import
          </button>
        </div>
    </DialogForm>
  );
}
