import type { EpisodeDocument, TranscriptItem } from '../../../shared/episode/index.js';
import { errorMessage } from '../../../shared/errors.js';
import { newEpisode } from '../../../shared/episode/index.js';
import { importRaw, mergeImport, type FormatChoice, type ImportResult } from '../../../shared/import/index.js';
import { assignAlternating } from '../../../shared/import/speakers.js';
import { baseName } from '../../../shared/paths.js';

/** What the user chose in the import dialog. */
export interface ImportChoices {
  readonly format: FormatChoice;
  /** Capitalise sentence starts in captions (adds no words, changes case only). */
  readonly sentenceCase: boolean;
  /** Names to alternate by paragraph as a starting point, e.g. `Alexey, Katie`. */
  readonly speakers: string;
  /** The audio's length, for estimated times of untimed text. */
  readonly durationSec: number | undefined;
  /** Into the open episode (chapters as headers; turns only into an empty transcript unless replacing), or a new one. */
  readonly into: 'new' | 'open';
  readonly replace: boolean;
}

/** The outcome of an import: the document to show, and what to tell the user. */
export type ImportOutcome =
  | { readonly ok: true; readonly doc: EpisodeDocument; readonly summary: string; readonly notes: readonly string[]; /** Read as text without times: its times come from the length given. */ readonly untimed: boolean }
  | { readonly ok: false; readonly error: string };

/** Runs an import with the user's choices; pure, so the dialog can preview it on every change. */
export function runImport(raw: { path: string; text: string }, open: EpisodeDocument, choices: ImportChoices): ImportOutcome {
  const name = baseName(raw.path);
  try {
    const result = importRaw(raw.text, {
      file: name,
      format: choices.format,
      ...(choices.sentenceCase && { sentenceCase: true }),
      ...(choices.durationSec !== undefined && { durationSec: choices.durationSec }),
    });
    const items = withSpeakers(flagEstimated(result), choices.speakers);
    const imported: ImportResult = result.format === 'chapters' ? result : { ...result, items };
    const summary = describe(result);
    const untimed = result.format === 'text';
    if (choices.into === 'new' && result.format !== 'chapters') {
      return { ok: true, doc: newEpisode(name.replace(/\.[^.]+$/, ''), items, name.replace(/\.[^.]+$/, '.md')), summary, notes: result.notes, untimed };
    }
    const merged = mergeImport(open, imported, { replaceHeaders: choices.replace, replaceTranscript: choices.replace });
    return { ok: true, doc: merged.doc, summary, notes: [...result.notes, ...merged.notes], untimed };
  } catch (err) {
    return { ok: false, error: errorMessage(err) };
  }
}

/** Carries the importer's list of estimated times onto the turns, where the editor flags them. */
function flagEstimated(result: ImportResult): TranscriptItem[] {
  if (result.format === 'chapters') return [];
  return result.items.map((item, i) => (item.kind === 'turn' && result.estimated.has(i) ? { ...item, estimated: true } : item));
}

function withSpeakers(items: TranscriptItem[], speakers: string): TranscriptItem[] {
  const names = speakers.split(',').map((n) => n.trim()).filter(Boolean);
  return names.length ? assignAlternating(items, names) : items;
}

function describe(result: ImportResult): string {
  if (result.format === 'chapters') return `${result.chapters.length} chapters`;
  const turns = result.items.filter((i) => i.kind === 'turn').length;
  const headers = result.items.length - turns;
  return `${turns} paragraphs${headers ? ` and ${headers} headers` : ''}, read as ${result.format}`;
}
