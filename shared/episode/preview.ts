import type { EpisodeDocument } from './document.js';
import type { Header, TranscriptItem, Turn } from './items.js';
import { emptyEpisode } from './new-episode.js';

/** How many transcript items a first screen needs, with room to scroll a little. */
const PREVIEW_ITEMS = 60;

/** A plain scalar that YAML 1.1 reads as something other than text (a number, a boolean, null): left to the whole parse. */
const NOT_TEXT = /^(?:[-+]?[\d._:]+(?:[eE][-+]?\d+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|y|Y|n|N|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/;

const ESCAPES: Readonly<Record<string, string>> = { '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029' };

/** Joins the lines of a flow scalar as YAML folds them: a line break is a space, each empty line a newline. */
function fold(lines: readonly string[]): string {
  let text = lines[0]!;
  let breaks = 0;
  for (const line of lines.slice(1)) {
    if (line === '') {
      breaks++;
      continue;
    }
    text += breaks ? '\n'.repeat(breaks) : ' ';
    text += line;
    breaks = 0;
  }
  return text + '\n'.repeat(breaks);
}

/** A scalar's text, and whether it was plain (a plain one may be a number to YAML). */
interface ScalarText {
  readonly text: string;
  readonly plain: boolean;
}

/** The value of one scalar, from its first line's rest and its continuation lines (trimmed); undefined for what this quick reader leaves to the whole parse. */
function scalar(first: string, more: readonly string[]): ScalarText | undefined {
  const text = scalarText(first, more);
  return text === undefined ? undefined : { text, plain: first[0] !== "'" && first[0] !== '"' };
}

function scalarText(first: string, more: readonly string[]): string | undefined {
  const lines = [first, ...more];
  const quote = first[0];
  if (quote === "'") {
    const body = fold(lines).slice(1);
    if (!body.endsWith("'") || body.slice(0, -1).replace(/''/g, '').includes("'")) return undefined;
    return body.slice(0, -1).replace(/''/g, "'");
  }
  if (quote === '"') {
    // An escaped line break joins without a space: mark it before folding.
    const joined = fold(lines.map((line, i) => (i < lines.length - 1 && /(^|[^\\])(\\\\)*\\$/.test(line) ? `${line.slice(0, -1)}\u0000JOIN` : line)))
      .replace(/\u0000JOIN /g, '')
      .slice(1);
    if (!joined.endsWith('"')) return undefined;
    let out = '';
    const body = joined.slice(0, -1);
    for (let i = 0; i < body.length; i++) {
      const c = body[i]!;
      if (c === '"') return undefined;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = body[++i];
      if (e === undefined) return undefined;
      const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
      if (width) {
        const hex = body.slice(i + 1, i + 1 + width);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) return undefined;
        out += String.fromCodePoint(parseInt(hex, 16));
        i += width;
      } else if (ESCAPES[e] !== undefined) out += ESCAPES[e];
      else return undefined;
    }
    return out;
  }
  if (first === '' || /^[[{|>&*!%@`#]/.test(first) || /^[-?:](\s|$)/.test(first) || /:(\s|$)|\s#/.test(lines.join('\n'))) return undefined;
  return fold(lines);
}

/**
 * The first items of a long transcript read by a quick line reader, for the first screen only: the
 * YAML parser is not even loaded for it. It reads what PyYAML writes (block items of `line`, `sec`,
 * `time`, `who` or `header`, plain or quoted scalars folded over lines) and stops at anything else,
 * keeping what it read before. Undefined when it read fewer than `items` items: such a file is short
 * enough for the whole parse, or unusual enough to need it.
 */
export function previewItems(text: string, items = PREVIEW_ITEMS): TranscriptItem[] | undefined {
  const key = /^transcript:[ \t]*\r?$/m.exec(text);
  if (!key) return undefined;
  const lines = text.slice(key.index + key[0].length + 1).split('\n');
  const result: TranscriptItem[] = [];
  let indent: string | undefined;
  let i = 0;
  while (result.length < items && i < lines.length) {
    const start = /^( *)- ([a-z]+): ?(.*?)\r?$/.exec(lines[i]!);
    if (!start || (indent !== undefined && start[1] !== indent)) break;
    indent = start[1]!;
    const fields = new Map<string, ScalarText>();
    let pending: [string, string] | undefined = [start[2]!, start[3]!];
    i++;
    while (pending) {
      const [name, first] = pending;
      const more: string[] = [];
      // Continuation lines are indented past the key; blank ones are folded newlines, unless the item ends there.
      while (i < lines.length) {
        const line = lines[i]!.replace(/\r$/, '');
        if (line.startsWith(`${indent}    `) || (line.trim() === '' && (lines[i + 1] ?? '').startsWith(`${indent}    `))) {
          more.push(line.trim());
          i++;
        } else break;
      }
      const value = scalar(first, more);
      if (value === undefined || fields.has(name)) return done(result, items);
      fields.set(name, value);
      const next = /^( *)([a-z]+): ?(.*?)\r?$/.exec(lines[i] ?? '');
      pending = next && next[1] === `${indent}  ` ? [next[2]!, next[3]!] : undefined;
      if (pending) i++;
    }
    const item = itemOf(fields);
    if (!item) return done(result, items);
    result.push(item);
  }
  return done(result, items);
}

function done(result: TranscriptItem[], items: number): TranscriptItem[] | undefined {
  return result.length >= items ? result : undefined;
}

/** A turn or header from its fields, or undefined for any other shape. */
function itemOf(fields: ReadonlyMap<string, ScalarText>): TranscriptItem | undefined {
  const names = [...fields.keys()];
  const text = (name: string) => {
    const value = fields.get(name);
    // A plain `time` such as 1:33 is a number to YAML 1.1, but the engine reads it as the time it was written as.
    return value === undefined || (value.plain && NOT_TEXT.test(value.text) && name !== 'time') ? undefined : value.text;
  };
  if (names.length === 1 && names[0] === 'header') {
    const header = text('header');
    return header === undefined ? undefined : ({ kind: 'header', header } satisfies Header);
  }
  if (!names.every((n) => n === 'line' || n === 'sec' || n === 'time' || n === 'who')) return undefined;
  const line = text('line');
  const sec = fields.get('sec');
  if (line === undefined || (sec !== undefined && !(sec.plain && /^\d+$/.test(sec.text)))) return undefined;
  if ((fields.has('time') && text('time') === undefined) || (fields.has('who') && text('who') === undefined)) return undefined;
  const turn: Turn = { kind: 'turn', line };
  return {
    ...turn,
    ...(sec !== undefined && { sec: Number(sec.text) }),
    ...(fields.has('time') && { time: text('time')! }),
    ...(fields.has('who') && { who: text('who')! }),
  };
}

/**
 * The start of a long episode for its first screen: its first transcript items, read without the YAML
 * parser, in a document that holds nothing else (it is only shown, never edited or saved, and the
 * whole parse replaces it a moment later). Undefined for a short or unusual file.
 */
export function previewEpisode(text: string, file = 'episode.md'): EpisodeDocument | undefined {
  const items = previewItems(text);
  if (!items) return undefined;
  return { ...emptyEpisode(file), items };
}
