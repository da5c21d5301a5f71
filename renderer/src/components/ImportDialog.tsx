import { useMemo, useState } from 'react';
import type { EpisodeDocument } from '../../../shared/episode/index.js';
import { IMPORT_FORMATS, type FormatChoice } from '../../../shared/import/index.js';
import { baseName } from '../../../shared/paths.js';
import { runImport, type ImportChoices } from '../app/import-flow.js';
import { DialogForm } from './DialogForm.js';

/** Props of the import dialog. */
export interface ImportDialogProps {
  readonly raw: { readonly path: string; readonly text: string };
  /** The open episode, for importing into it. */
  readonly open: EpisodeDocument;
  /** The audio's length when it is loaded. */
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
  const [choices, setChoices] = useState<ImportChoices>({
    format: 'auto',
    sentenceCase: false,
    speakers: '',
    durationSec,
    into: open.items.length ? 'new' : 'open',
    replace: false,
  });
  const outcome = useMemo(() => runImport(raw, open, choices), [raw, open, choices]);
  const set = <K extends keyof ImportChoices>(key: K, value: ImportChoices[K]) => setChoices((c) => ({ ...c, [key]: value }));
  const name = baseName(raw.path);
  return (
    <DialogForm label="Import raw transcript" className="import-dialog" onCancel={onCancel} onSubmit={() => outcome.ok && onImport(outcome.doc, choices.into)}>
        <h2>Import {name}</h2>
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
        <fieldset>
          <legend>Into</legend>
          <label className="check">
            <input type="radio" name="into" checked={choices.into === 'new'} onChange={() => set('into', 'new')} /> A new episode
          </label>
          <label className="check">
            <input type="radio" name="into" checked={choices.into === 'open'} onChange={() => set('into', 'open')} /> The open episode ({open.items.length} items)
          </label>
          <label className="check">
            <input type="checkbox" checked={choices.replace} disabled={choices.into !== 'open'} onChange={(e) => set('replace', e.target.checked)} /> Replace its transcript (or its headers,
            for chapters)
          </label>
        </fieldset>
        <div className={outcome.ok ? 'import-preview' : 'import-preview import-error'} role="status">
          {outcome.ok ? (
            <>
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
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" disabled={!outcome.ok}>
            Import
          </button>
        </div>
    </DialogForm>
  );
}
