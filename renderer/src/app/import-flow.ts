import type { EpisodeDocument, TranscriptItem } from '../../../shared/episode/index.js';
import { errorMessage } from '../../../shared/errors.js';
import { importedEpisode } from '../../../shared/episode/index.js';
import { chapterCount, describeInput, importRaw, ImportError, mergeImport, type FormatChoice, type ImportFormat, type ImportResult } from '../../../shared/import/index.js';
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
  /** Into the open episode (turns only into an empty transcript unless replacing), or a new one; chapters always go into the open one as headers. */
  readonly into: 'new' | 'open';
  /** Turns: replace the open episode's transcript. Never applies to chapters. */
  readonly replace: boolean;
  /** Chapters: remove the open episode's headers first (its turns are never touched). */
  readonly replaceHeaders?: boolean;
}

/** The outcome of an import: the document to show, and what to tell the user. */
export type ImportOutcome =
  | {
      readonly ok: true;
      readonly doc: EpisodeDocument;
      readonly summary: string;
      /** What the input was read as: `Detected: 5 chapters`, `Read as: SRT subtitles, 865 cues`. */
      readonly detected: string;
      readonly format: ImportFormat;
      /** Where the document goes: chapters always into the open episode. */
      readonly into: 'new' | 'open';
      readonly notes: readonly string[];
      /** Read as text without times: its times come from the length given. */
      readonly untimed: boolean;
    }
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
    const read = { summary: describe(result), detected: `${choices.format === 'auto' ? 'Detected' : 'Read as'}: ${describeInput(raw.text, result)}`, format: result.format, untimed: result.format === 'text' };
    if (choices.into === 'new' && result.format !== 'chapters') {
      return { ok: true, ...read, into: 'new', doc: importedEpisode(name.replace(/\.[^.]+$/, ''), items, name.replace(/\.[^.]+$/, '.md')), notes: result.notes };
    }
    const chapters = result.format === 'chapters';
    const merged = mergeImport(open, imported, { replaceHeaders: chapters && choices.replaceHeaders === true, replaceTranscript: !chapters && choices.replace });
    // For chapters the count is in `detected`, and what was inserted makes the summary.
    if (chapters) return { ok: true, ...read, summary: merged.notes[0] ?? read.summary, into: 'open', doc: merged.doc, notes: [...result.notes.slice(1), ...merged.notes.slice(1)] };
    return { ok: true, ...read, into: 'open', doc: merged.doc, notes: [...result.notes, ...merged.notes] };
  } catch (err) {
    return { ok: false, error: errorMessage(err) + (err instanceof ImportError && err.file === open.file ? replaceAdvice(raw.text) : '') };
  }
}

/** The way forward when turns would replace the open transcript: a chapter list is read as chapters, anything else replaced only when ticked. */
function replaceAdvice(text: string): string {
  const chapters = chapterCount(text);
  return chapters > 0 ? `. Its lines read as a chapter list (${chapters} chapters): choose “Chapter list” to add them as headers.` : '. Tick “Replace its transcript” to replace it.';
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
