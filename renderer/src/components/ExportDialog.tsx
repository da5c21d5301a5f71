import { useEffect, useMemo, useState } from 'react';
import type { EpisodeDocument } from '../../../shared/episode/index.js';
import { CLEAN_STEP_LABELS, CLEAN_STEPS, cleanCounts, EXPORTERS, type CleanStep } from '../../../shared/export/index.js';
import { makeExport, type ExportChoice, type MadeExport } from '../app/export-flow.js';
import { DialogForm } from './DialogForm.js';

/** Props of the export dialog. */
export interface ExportDialogProps {
  readonly doc: EpisodeDocument;
  /** The episode's file name, which the export's is made from. */
  readonly episodeName: string;
  /** Where the dialog starts: the last export's choice, if any. */
  readonly initial: ExportChoice | undefined;
  readonly onExport: (made: Extract<MadeExport, { ok: true }>, choice: ExportChoice) => void;
  readonly onCancel: () => void;
}

/** The formats offered, in menu order; DOCX last (its writer loads only when chosen). */
const FORMATS: readonly { readonly value: ExportChoice['format']; readonly label: string }[] = [
  ...Object.values(EXPORTERS).map((e) => ({ value: e.format, label: e.label })),
  { value: 'docx', label: 'Word document for review (.docx)' },
];

/** How many preview lines the dialog shows. */
const PREVIEW_LINES = 12;

/** File › Export…: a format, its options, a preview of what will be written, then where. */
export function ExportDialog({ doc, episodeName, initial, onExport, onCancel }: ExportDialogProps) {
  const [choice, setChoice] = useState<ExportChoice>(initial ?? { format: 'md', clean: [], speakerPrefix: false, fixChapters: false });
  const [force, setForce] = useState(false);
  const [made, setMade] = useState<MadeExport>();
  const counts = useMemo(() => cleanCounts(doc), [doc]);
  useEffect(() => {
    let current = true;
    setMade(undefined);
    void makeExport(doc, episodeName, choice, force).then((result) => current && setMade(result));
    return () => {
      current = false;
    };
  }, [doc, episodeName, choice, force]);
  const set = <K extends keyof ExportChoice>(key: K, value: ExportChoice[K]) => setChoice((c) => ({ ...c, [key]: value }));
  const toggleStep = (step: CleanStep, on: boolean) => set('clean', CLEAN_STEPS.filter((s) => (s === step ? on : choice.clean.includes(s))));
  return (
    <DialogForm label="Export" className="import-dialog" onCancel={onCancel} onSubmit={() => made?.ok && onExport(made, choice)}>
      <h2>Export {episodeName}</h2>
      <label>
        Format
        <select value={choice.format} onChange={(e) => set('format', e.target.value as ExportChoice['format'])} aria-label="Format">
          {FORMATS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      {choice.format === 'md' && (
        <fieldset>
          <legend>Cleaning</legend>
          {CLEAN_STEPS.map((step) => (
            <label key={step} className="check">
              <input type="checkbox" checked={choice.clean.includes(step)} onChange={(e) => toggleStep(step, e.target.checked)} /> {CLEAN_STEP_LABELS[step]} ({counts[step]})
            </label>
          ))}
        </fieldset>
      )}
      {choice.format === 'srt' && (
        <label className="check">
          <input type="checkbox" checked={choice.speakerPrefix} onChange={(e) => set('speakerPrefix', e.target.checked)} /> Speaker name before each turn
        </label>
      )}
      {choice.format === 'chapters' && (
        <label className="check">
          <input type="checkbox" checked={choice.fixChapters} onChange={(e) => set('fixChapters', e.target.checked)} /> Fix what video platforms refuse (first at 0:00, each at least 10 s)
        </label>
      )}
      <div className={made && !made.ok ? 'import-preview import-error' : 'import-preview'} role="status">
        {!made && <p>Preparing…</p>}
        {made?.ok && (
          <>
            <p>{made.fileName}</p>
            {made.text !== undefined ? <pre className="export-preview">{made.text.split('\n').slice(0, PREVIEW_LINES).join('\n')}</pre> : <p>A Word document of {Math.ceil((made.bytes?.length ?? 0) / 1024)} KB.</p>}
            {made.warnings.map((warning) => (
              <p key={warning} className="hint">
                {warning}
              </p>
            ))}
          </>
        )}
        {made && !made.ok && (
          <>
            <p>{made.error}</p>
            {made.problems.slice(0, 5).map((p) => (
              <p key={`${p.index}:${p.code}`} className="hint">
                {p.line === null ? '' : `line ${p.line}: `}
                {p.message}
              </p>
            ))}
            {made.problems.length > 0 && (
              <button type="button" onClick={() => setForce(true)}>
                Export anyway
              </button>
            )}
          </>
        )}
      </div>
      <div className="dialog-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={!made?.ok}>
          Export…
        </button>
      </div>
    </DialogForm>
  );
}
