import { parseDocument } from 'yaml';
import type { EpisodeDocument } from './document.js';
import type { Turn } from './items.js';
import { itemLabel, shortText, type Problem, type ProblemCode, type Severity } from './problems.js';
import { speakerCounts, speakerSuspicion } from './speakers.js';
import { expectedDuration, formatDuration, parseDuration } from './duration.js';
import { formatTime, parseTime } from './time.js';

/** Shorter repeated lines ("Yeah.", "Okay.") are normal talk, so only longer ones count as duplicates unless adjacent. */
const DUPLICATE_MIN_CHARS = 20;

/** Everything wrong with a document's transcript, in item order. */
export function validateEpisode(doc: Pick<EpisodeDocument, 'file' | 'items'> & Partial<Pick<EpisodeDocument, 'loadErrors' | 'entries'>>): Problem[] {
  const problems: Problem[] = (doc.loadErrors ?? []).map(({ line, column, message }) => ({
    file: doc.file,
    index: null,
    line,
    column,
    code: 'yaml-error',
    severity: 'error',
    message: `PyYAML cannot load this value: ${message}`,
  }));
  problems.push(...checkDuration(doc), ...duplicateEntries(doc));
  const counts = speakerCounts(doc.items);
  const seenLines = new Map<string, number>();
  let lastSec: { sec: number; index: number } | undefined;

  doc.items.forEach((item, index) => {
    const report = (code: ProblemCode, severity: Severity, message: string) =>
      problems.push({ file: doc.file, index, line: item.origin?.line ?? null, code, severity, message });

    const again = item.origin && duplicateKey(item.origin.text);
    if (again) {
      problems.push({
        file: doc.file, index, line: item.origin!.line + again.lineOffset, code: 'key-duplicate', severity: 'warning',
        message: `the key \`${again.key}\` appears twice in ${itemLabel(item)}: PyYAML keeps only the last value, and the first is lost on save`,
      });
    }
    if (item.kind === 'unknown') {
      report('item-unknown', 'warning', `this item is neither a turn nor a header: ${item.reason}; it is kept as it is`);
      return;
    }
    if (item.kind === 'header') {
      const next = doc.items[index + 1];
      if (next?.kind === 'header') report('header-run', 'warning', `header “${item.header}” is followed directly by header “${next.header}”: the site shows only the last one`);
      return;
    }
    checkTime(item, report);
    if (item.sec !== undefined) {
      if (lastSec && item.sec < lastSec.sec) {
        report('sec-decreasing', 'error', `sec ${item.sec} (${formatTime(item.sec)}) goes back ${lastSec.sec - item.sec} s from ${lastSec.sec} (${formatTime(lastSec.sec)}) at ${itemLabel(doc.items[lastSec.index])}`);
      }
      lastSec = { sec: item.sec, index };
    }
    if (item.who === undefined || item.who.trim() === '') {
      report('who-missing', 'warning', item.sec === undefined ? 'this paragraph has no speaker (`who`)' : 'this turn has no speaker (`who`)');
    } else {
      const suspicion = speakerSuspicion(item.who, counts);
      if (suspicion) {
        const fix = suspicion.suggestion ? `; did you mean \`${suspicion.suggestion}\`?` : '';
        report('who-suspicious', 'warning', `speaker \`${shortText(item.who)}\` ${suspicion.reason}${fix}`);
      }
    }
    const text = item.line.trim().replace(/\s+/g, ' ');
    if (text === '') {
      report('line-empty', 'warning', 'this turn has no text');
      return;
    }
    const earlier = seenLines.get(text);
    if (earlier !== undefined && (text.length >= DUPLICATE_MIN_CHARS || earlier === index - 1)) {
      report('line-duplicate', 'warning', `same text as ${earlier === index - 1 ? 'the paragraph before' : itemLabel(doc.items[earlier])}: “${shortText(text)}”`);
    }
    if (earlier === undefined) seenLines.set(text, index);
  });
  return problems;
}

function checkTime(turn: Turn, report: (code: ProblemCode, severity: Severity, message: string) => void) {
  const { time, sec } = turn;
  if (time === undefined) {
    if (sec !== undefined) report('time-sec-mismatch', 'warning', `sec ${sec} has no \`time\`; it should be '${formatTime(sec)}'`);
    return;
  }
  const parsed = parseTime(time);
  if (!parsed || !parsed.wellFormed) {
    const shown = JSON.stringify(time);
    report('time-malformed', 'error', `time ${shown} is not M:SS or H:MM:SS${sec !== undefined ? `; sec ${sec} would be '${formatTime(sec)}'` : ''}`);
  } else if (sec === undefined) {
    report('time-sec-mismatch', 'warning', `time '${time}' has no \`sec\`; it should be ${parsed.sec}`);
  } else if (parsed.sec !== sec) {
    report('time-sec-mismatch', 'error', `time '${time}' is ${parsed.sec} s but sec is ${sec} ('${formatTime(sec)}')`);
  }
  const plain = turn.origin?.plainTime;
  if (plain !== undefined && turn.time === plain) {
    const reader = /^[-+]?[1-9]/.test(plain) ? 'PyYAML and Ruby read' : 'Ruby (Jekyll) reads';
    report('time-unquoted', 'error', `time ${plain} is not quoted: ${reader} it as the number ${sexagesimal(plain)}; write '${plain}'`);
  }
}

/** The frontmatter's `duration` against the turns' times (upstream sets it to the last sec minus the first). */
function checkDuration(doc: Pick<EpisodeDocument, 'file' | 'items'> & Partial<Pick<EpisodeDocument, 'entries'>>): Problem[] {
  const entry = doc.entries?.find((e) => e.key === 'duration');
  const expected = expectedDuration(doc.items);
  if (!entry || expected === undefined) return [];
  const found = typeof entry.value === 'string' ? parseDuration(entry.value) : undefined;
  if (found === expected) return [];
  const shown = typeof entry.value === 'string' ? entry.value : JSON.stringify(entry.value);
  const message = `duration ${shown} should be ${formatDuration(expected)}: the last turn's sec minus the first turn's (${formatTime(expected)})`;
  return [{ file: doc.file, index: null, line: entry.origin?.line ?? null, code: 'duration-mismatch', severity: 'warning', message }];
}

/** A top-level key written twice: PyYAML (and the site) keep only the last value. */
function duplicateEntries(doc: Partial<Pick<EpisodeDocument, 'file' | 'entries'>>): Problem[] {
  const seen = new Map<string, number | null>();
  const problems: Problem[] = [];
  for (const entry of doc.entries ?? []) {
    const line = entry.origin?.line ?? null;
    if (seen.has(entry.key)) {
      const first = seen.get(entry.key);
      const where = first === null || first === undefined ? '' : ` (first at line ${first})`;
      problems.push({
        file: doc.file ?? '', index: null, line, code: 'key-duplicate', severity: 'warning',
        message: `the key \`${entry.key}\` appears again${where}: PyYAML keeps only the last value`,
      });
    } else seen.set(entry.key, line);
  }
  return problems;
}

/** The first key an item's text holds twice, and the line it is on (0-based within the text); only parsed when a key looks repeated. */
function duplicateKey(text: string): { key: string; lineOffset: number } | undefined {
  const keys = [...text.matchAll(/^[ -]*([^\s:#'"][^:\n]*?):(?=\s|$)/gm)].map((m) => m[1]!);
  if (new Set(keys).size === keys.length) return undefined;
  const error = parseDocument(text).errors.find((e) => e.code === 'DUPLICATE_KEY');
  if (!error) return undefined;
  const at = error.pos[0];
  const lineOffset = text.slice(0, at).split('\n').length - 1;
  const key = /^[ -]*([^:\n]*?):/.exec(text.slice(text.lastIndexOf('\n', at - 1) + 1))?.[1]?.trim() ?? '?';
  return { key, lineOffset };
}

function sexagesimal(text: string): number {
  return text.split(':').reduce((total, part) => total * 60 + Number(part.replace(/_/g, '')), 0);
}


/** True when any problem is an error. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
