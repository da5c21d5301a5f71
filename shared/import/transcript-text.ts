import { withSec } from '../episode/edit.js';
import type { Header, Turn } from '../episode/items.js';
import { formatTime } from '../episode/time.js';
import { clockSeconds, leadingTime } from './clock.js';
import { looksLikeName, nameColon } from './names.js';
import { ImportError, type TranscriptImport } from './types.js';

/** One line of word-processor transcript text, by what it holds. */
export type TranscriptLine =
  | { readonly kind: 'blank' }
  | { readonly kind: 'heading'; readonly title: string }
  /** `1:33`, `[1:33] Alexey`, `Alexey  1:33`, `Alexey (01:33)`: a time, maybe with the speaker. */
  | { readonly kind: 'time'; readonly sec: number; readonly speaker?: string }
  /** `Alexey:` alone on its line. */
  | { readonly kind: 'speaker'; readonly speaker: string }
  /** `Alexey: text` or `[1:33] Alexey: text`. */
  | { readonly kind: 'said'; readonly speaker: string; readonly text: string; readonly sec?: number }
  /** A paragraph, maybe after a time (`1:33 text`). */
  | { readonly kind: 'text'; readonly text: string; readonly sec?: number };

const TRAILING_TIME = /^(.*?)\s*([[(]?)(\d{1,3}(?::[0-5]\d){1,2})([\])]?)\s*$/;
const HEADING = /^#{1,6}\s+(.*\S)\s*$/;

/** What one line of transcript text holds. */
export function classifyTranscriptLine(raw: string): TranscriptLine {
  const line = raw.trim();
  if (line === '') return { kind: 'blank' };
  const heading = HEADING.exec(line);
  if (heading) return { kind: 'heading', title: heading[1]! };
  const lead = leadingTime(line);
  if (lead) {
    if (lead.rest === '') return { kind: 'time', sec: lead.sec };
    const said = nameColon(lead.rest);
    if (said) return said.text === '' ? { kind: 'time', sec: lead.sec, speaker: said.name } : { kind: 'said', speaker: said.name, text: said.text, sec: lead.sec };
    const name = stripSeparator(lead.rest);
    return looksLikeName(name) ? { kind: 'time', sec: lead.sec, speaker: name } : { kind: 'text', text: lead.rest, sec: lead.sec };
  }
  const trailing = TRAILING_TIME.exec(line);
  if (trailing) {
    const [, before, open, clock, close] = trailing;
    const name = stripSeparator(before!);
    const bracketsMatch = (open === '' && close === '') || (open === '[' && close === ']') || (open === '(' && close === ')');
    if (bracketsMatch && looksLikeName(name)) return { kind: 'time', sec: clockSeconds(clock!), speaker: name };
  }
  const said = nameColon(line);
  if (said) return said.text === '' ? { kind: 'speaker', speaker: said.name } : { kind: 'said', speaker: said.name, text: said.text };
  return { kind: 'text', text: line };
}

function stripSeparator(text: string): string {
  return text.replace(/\s*[:|–—-]\s*$/, '').replace(/^\*\*(.*)\*\*$/, '$1').trim();
}

/** Share of time-only lines that must be followed by a name-like line for those to be read as speaker lines. */
const SPEAKER_LINE_SHARE = 0.6;

/**
 * Word-processor transcript text to turns: blocks of a time line (`[M:SS]`, `M:SS`, `H:MM:SS`, maybe
 * with the speaker), a speaker line, then paragraphs (one per line); or `Name: text` lines. Paragraphs
 * after a block's first become continuation items (same speaker, no time), as in the corpus.
 * `# Title` lines become headers. Throws ImportError when the text has neither times nor speakers.
 */
export function importTranscriptText(text: string, options: { readonly file?: string } = {}): TranscriptImport {
  const file = options.file ?? 'transcript.txt';
  const lines = text.split(/\r?\n/).map(classifyTranscriptLine);
  const speakerLines = speakerLinesFollowTimes(lines);
  const items: (Turn | Header)[] = [];
  let speaker: string | undefined;
  let pending: { sec: number; line: number } | undefined;
  let expectSpeaker = false;
  let unattributed = 0;
  const push = (paragraph: string, sec: number | undefined, who: string | undefined) => {
    const turn: Turn = { kind: 'turn', line: paragraph, ...(who !== undefined && { who }) };
    if (who === undefined) unattributed++;
    items.push(sec === undefined ? turn : withSec(turn, sec));
    pending = undefined;
  };
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (line.kind === 'blank') return;
    if (pending && line.kind === 'time') {
      throw new ImportError(file, pending.line, `the time ${formatTime(pending.sec)} has no text after it (the next time is at line ${lineNo})`);
    }
    const wasExpecting = expectSpeaker;
    expectSpeaker = false;
    switch (line.kind) {
      case 'heading':
        items.push({ kind: 'header', header: line.title });
        return;
      case 'time':
        pending = { sec: line.sec, line: lineNo };
        if (line.speaker !== undefined) speaker = line.speaker;
        else expectSpeaker = speakerLines;
        return;
      case 'speaker':
        speaker = line.speaker;
        return;
      case 'said':
        push(line.text, line.sec ?? pending?.sec, (speaker = line.speaker));
        return;
      case 'text': {
        const name = line.text.replace(/:$/, '');
        if (wasExpecting && line.sec === undefined && looksLikeName(name)) {
          speaker = name;
          return;
        }
        push(line.text, line.sec ?? pending?.sec, speaker);
      }
    }
  });
  if (pending) throw new ImportError(file, pending.line, `the time ${formatTime(pending.sec)} has no text after it`);
  const turns = items.filter((i): i is Turn => i.kind === 'turn');
  if (!turns.some((t) => t.who !== undefined || t.sec !== undefined)) {
    throw new ImportError(file, null, 'expected `Name: text` lines or time / speaker / paragraph blocks, found neither');
  }
  const speakers = new Set(turns.flatMap((t) => (t.who === undefined ? [] : [t.who])));
  const notes = [`${turns.length} paragraphs, ${speakers.size} speaker(s): ${[...speakers].join(', ')}`];
  if (unattributed > 0) notes.push(`${unattributed} paragraph(s) have no speaker`);
  let latest = 0;
  const back = turns.find((t) => t.sec !== undefined && (t.sec < latest || ((latest = t.sec), false)));
  if (back) notes.push(`the time ${back.time} goes back from ${formatTime(latest)}; kept as written`);
  return { format: 'transcript', items, estimated: new Set(), notes };
}

/** True when most time lines without a speaker are followed by a line that reads as a name (a speaker line). */
function speakerLinesFollowTimes(lines: readonly TranscriptLine[]): boolean {
  let times = 0;
  let named = 0;
  lines.forEach((line, i) => {
    if (line.kind !== 'time' || line.speaker !== undefined) return;
    times++;
    const next = lines.slice(i + 1).find((l) => l.kind !== 'blank');
    if (next?.kind === 'text' && next.sec === undefined && looksLikeName(next.text.replace(/:$/, ''))) named++;
    else if (next?.kind === 'speaker') named++;
  });
  return times > 0 && named >= times * SPEAKER_LINE_SHARE;
}
