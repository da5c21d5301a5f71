/**
 * The cleaned episode (`md`): the same file with the chosen cleaning steps applied, validated first.
 * Every item a step leaves alone is passed through as the same object, so it is written back byte
 * for byte, as Save does.
 */
import type { EpisodeDocument } from '../episode/document.js';
import { expectedDuration, formatDuration, parseDuration } from '../episode/duration.js';
import { withItems } from '../episode/edit.js';
import { SAFE_FIXES, fixEpisode } from '../episode/fixes.js';
import type { TranscriptItem } from '../episode/items.js';
import { hasErrors, validateEpisode } from '../episode/validate.js';
import { serializeEpisode } from '../episode/write.js';
import { CLEAN_STEPS, ExportError, type CleanCounts, type CleanStep, type ExportOptions } from './types.js';

/** What each cleaning step does, for a checkbox's label. */
export const CLEAN_STEP_LABELS: Readonly<Record<CleanStep, string>> = {
  whitespace: 'Normalise whitespace (line breaks, tabs and runs of spaces in a paragraph become one space; no space before , ; ! ?)',
  'zero-width': 'Remove zero-width characters',
  'fold-paragraphs': 'Fold continuation paragraphs (no time, same speaker) into their turn',
  'safe-fixes': 'Apply the safe quick fixes (quote times, time from sec, speaker typos)',
  duration: 'Recompute duration from the turns’ times',
};

/** The document with the steps applied (in CLEAN_STEPS order) and how many items each changed. */
export function cleanEpisode(doc: EpisodeDocument, steps: readonly CleanStep[]): { doc: EpisodeDocument; counts: CleanCounts } {
  const wanted = new Set(steps);
  const counts: CleanCounts = { whitespace: 0, 'zero-width': 0, 'fold-paragraphs': 0, 'safe-fixes': 0, duration: 0 };
  let current = doc;
  for (const step of CLEAN_STEPS) {
    if (!wanted.has(step)) continue;
    const { doc: next, count } = STEPS[step](current);
    current = next;
    counts[step] = count;
  }
  return { doc: current, counts };
}

/** How many items each step would change on its own, for the checkboxes (each counted on the document as it is). */
export function cleanCounts(doc: EpisodeDocument): CleanCounts {
  const counts = {} as CleanCounts;
  for (const step of CLEAN_STEPS) counts[step] = STEPS[step](doc).count;
  return counts;
}

/** `md`: the cleaned file's text; refuses (ExportError with the problems) while errors remain, unless `force`. */
export function exportCleaned(doc: EpisodeDocument, options: ExportOptions): { text: string; warnings: string[]; cleaned: Partial<CleanCounts> } {
  const steps = options.clean ?? [];
  const { doc: cleaned, counts } = cleanEpisode(doc, steps);
  const problems = validateEpisode(cleaned);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings: string[] = [];
  if (hasErrors(problems)) {
    if (!options.force) throw new ExportError(doc.file, `${errors.length} error(s) remain; fix them first, or export anyway`, errors);
    warnings.push(`exported with ${errors.length} error(s) left`);
  }
  const requested: Partial<CleanCounts> = {};
  for (const step of CLEAN_STEPS) if (steps.includes(step)) requested[step] = counts[step];
  return { text: serializeEpisode(cleaned), warnings, cleaned: requested };
}

type Step = (doc: EpisodeDocument) => { doc: EpisodeDocument; count: number };

const STEPS: Readonly<Record<CleanStep, Step>> = {
  whitespace: (doc) => mapText(doc, normaliseSpaces),
  'zero-width': (doc) => mapText(doc, removeZeroWidth),
  'fold-paragraphs': foldParagraphs,
  'safe-fixes': (doc) => {
    const { doc: fixed, applied } = fixEpisode(doc, SAFE_FIXES);
    return { doc: fixed, count: new Set(applied.map((a) => a.fix.index)).size };
  },
  duration: (doc) => {
    const at = doc.entries.findIndex((e) => e.key === 'duration');
    const expected = expectedDuration(doc.items);
    const entry = doc.entries[at];
    if (!entry || expected === undefined) return { doc, count: 0 };
    if (typeof entry.value === 'string' && parseDuration(entry.value) === expected) return { doc, count: 0 };
    const entries = doc.entries.map((e, i) => (i === at ? { ...e, value: formatDuration(expected) } : e));
    return { doc: { ...doc, entries }, count: 1 };
  },
};

/** Applies a text change to every turn's line and speaker and every header; only the items it changes are new objects. */
function mapText(doc: EpisodeDocument, change: (text: string) => string): { doc: EpisodeDocument; count: number } {
  let count = 0;
  const items = doc.items.map((item): TranscriptItem => {
    let next: TranscriptItem = item;
    if (item.kind === 'turn') {
      const line = change(item.line);
      const who = item.who === undefined ? undefined : change(item.who);
      if (line !== item.line || who !== item.who) next = { ...item, line, ...(who !== undefined && { who }) };
    } else if (item.kind === 'header') {
      const header = change(item.header);
      if (header !== item.header) next = { ...item, header };
    }
    if (next !== item) count++;
    return next;
  });
  return { doc: count === 0 ? doc : withItems(doc, items), count };
}

/**
 * Continuation paragraphs (`{line, who}` without a time, by the turn's speaker or none) joined to the
 * turn before them with a space; the count is the paragraphs folded away.
 */
function foldParagraphs(doc: EpisodeDocument): { doc: EpisodeDocument; count: number } {
  const items: TranscriptItem[] = [];
  let count = 0;
  for (const item of doc.items) {
    const previous = items[items.length - 1];
    const continues = item.kind === 'turn' && item.sec === undefined && item.time === undefined && previous?.kind === 'turn' && (item.who === undefined || item.who === previous.who);
    if (!continues || previous?.kind !== 'turn' || item.kind !== 'turn') {
      items.push(item);
      continue;
    }
    const line = [previous.line.trimEnd(), item.line.trimStart()].filter((t) => t !== '').join(' ');
    const trivia = (previous.trivia ?? '') + (item.trivia ?? '');
    items[items.length - 1] = { ...previous, line, ...(trivia !== '' && { trivia }) };
    count++;
  }
  return { doc: count === 0 ? doc : withItems(doc, items), count };
}

/** Line breaks, tabs, NBSP and runs of spaces become one space; ends trimmed; no space before `, ; ! ?` or a single full stop. */
export function normaliseSpaces(text: string): string {
  return text
    .replace(/[\s\u00a0]+/gu, ' ')
    .trim()
    .replace(/ ([,;!?])(?=\s|$)/g, '$1')
    .replace(/ \.(?=\s|$)/g, '.');
}

/** Zero-width spaces and joiners, word joiners, byte-order marks and soft hyphens go; a joiner between two emoji stays (it builds one). */
export function removeZeroWidth(text: string): string {
  return text.replace(/[\u200b\u200c\u2060\ufeff\u00ad]/g, '').replace(/(?<!\p{Extended_Pictographic}\p{M}*)\u200d|\u200d(?!\p{Extended_Pictographic})/gu, '');
}
