import { isMap, isPair, isScalar, isSeq, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { errorMessage } from '../errors.js';
import { analyseAliases } from '../yaml/aliases.js';
import { parseYamlLeniently } from '../yaml/lenient-parse.js';
import { toYamlValueFromNode } from '../yaml/load.js';
import { refusedCharacters } from '../yaml/non-printable.js';
import type { YamlValue } from '../yaml/value.js';
import { EpisodeParseError, type EpisodeDocument, type LoadError, type FrontEntry, type TranscriptLayout } from './document.js';
import { TURN_KEYS, type ItemOrigin, type TranscriptItem } from './items.js';
import { LineIndex } from '../lines.js';
import { isSexagesimalNumber } from './time.js';

const FENCE = /^---\s*$/;
const BOM = '\uFEFF';

/**
 * The longest episode file read, in characters: 80 times the largest real one (120 KB). Reading a
 * 50 MB file took 8 s here, and the editor validates the whole file as the user types: such a file
 * would freeze it, so it is refused at once instead.
 */
export const MAX_EPISODE_CHARS = 10_000_000;

/** Throws EpisodeParseError for a text longer than MAX_EPISODE_CHARS (main checks before sending a file to the page). */
export function requireEpisodeSize(text: string, file: string): void {
  if (text.length <= MAX_EPISODE_CHARS) return;
  const millions = (chars: number) => `${(chars / 1e6).toFixed(1)} million`;
  throw new EpisodeParseError(file, 1, 1, `the file has ${millions(text.length)} characters, more than the ${millions(MAX_EPISODE_CHARS)} an episode may have (the largest real one has 0.1 million): it was not read`);
}

/** Reads an episode file. Throws EpisodeParseError (with file, line and column) on anything it cannot read whole. */
export function parseEpisode(text: string, file = 'episode.md'): EpisodeDocument {
  requireEpisodeSize(text, file);
  const { preamble, opening, frontmatter, end, frontmatterLine } = splitFrontmatter(text, file);
  const lines = new LineIndex(frontmatter);
  const fail = (offset: number, reason: string): never => {
    throw new EpisodeParseError(file, frontmatterLine + lines.lineOf(offset), offset - lines.lineStart(offset) + 1, reason);
  };

  const { doc, toOriginal } = parseYamlLeniently(frontmatter);
  const error = doc.errors[0];
  if (error) fail(toOriginal(error.pos[0]), error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''));
  const { recursion } = analyseAliases(doc);
  if (recursion) fail(toOriginal(recursion.offset), recursion.message);
  const nodeStart = (node: Node | null | undefined) => toOriginal(node?.range?.[0] ?? 0);
  const valueEnd = (node: Node | null | undefined) => toOriginal(node?.range?.[1] ?? 0);
  const loadErrors: LoadError[] = [];
  const load = (node: Node | null): YamlValue => {
    try {
      return toYamlValueFromNode(node, doc);
    } catch (err) {
      // PyYAML cannot build this value (a template's `{{ image }}` is a mapping used as a key): keep its bytes, report it.
      const at = nodeStart(node);
      loadErrors.push({ line: frontmatterLine + lines.lineOf(at), column: at - lines.lineStart(at) + 1, message: errorMessage(err) });
      return null;
    }
  };

  // PyYAML refuses the whole frontmatter for one NUL or other control character: the site and scripts would load none of it.
  const refused = refusedCharacters(frontmatter);
  refused.found.forEach(({ offset, name }, i) => {
    const more = i === refused.found.length - 1 && refused.more > 0 ? ` (and ${refused.more} more after it)` : '';
    loadErrors.push({
      line: frontmatterLine + lines.lineOf(offset),
      column: offset - lines.lineStart(offset) + 1,
      message: `the character ${name}, which PyYAML refuses anywhere in the frontmatter (it loads none of it); remove it${more}`,
    });
  });

  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    return { file, preamble, opening, frontmatterLine, lead: frontmatter, entries: [], items: [], end, style: detectStyle(frontmatter, 0), loadErrors };
  }
  if (!isMap(root)) return fail(nodeStart(root), 'the frontmatter is not a mapping of keys to values');
  if (root.flow) {
    const entries = readFlowRoot(root, { start: nodeStart, line: (offset) => frontmatterLine + lines.lineOf(offset), load, fail });
    const list = entries.find((entry) => entry.key === 'transcript')?.value;
    const items = Array.isArray(list) ? list.map((v: YamlValue) => classify(v, undefined)) : [];
    const entry = entries.findIndex((e) => e.key === 'transcript');
    const transcript = entry === -1 ? undefined : { entry, head: '', tail: '', block: false };
    const flowRoot = new Map(entries.map((e) => [e.key, e.value]));
    return { file, preamble, opening, frontmatterLine, lead: frontmatter, entries, transcript, items, end, style: detectStyle(frontmatter, 0), loadErrors, flowRoot };
  }

  const pairs = root.items;
  const startOf = (pair: Pair): number => lines.lineStart(nodeStart(pair.key as Node));
  const lead = pairs.length ? frontmatter.slice(0, startOf(pairs[0]!)) : frontmatter;
  const entries: FrontEntry[] = [];
  let items: TranscriptItem[] = [];
  let transcript: TranscriptLayout | undefined;
  let itemIndent = 0;

  pairs.forEach((pair, i) => {
    const start = startOf(pair);
    const next = i + 1 < pairs.length ? startOf(pairs[i + 1]!) : frontmatter.length;
    const ownEnd = lines.endOfContent(valueEnd((pair.value as Node | null) ?? (pair.key as Node)), start);
    const key = pair.key as Node;
    if (!isScalar(key) || typeof key.value !== 'string') fail(nodeStart(key), 'a top-level key must be a plain name');
    const name = (key as Scalar<string>).value;
    const value = pair.value as Node | null;
    const line = frontmatterLine + lines.lineOf(start);
    const text = frontmatter.slice(start, ownEnd);
    const origin = { text, value: load(value), line };
    if (name === 'transcript' && transcript === undefined && isSeq(value) && !value.flow && value.items.length > 0) {
      const seq = value.items as Node[];
      const itemStarts = seq.map((node) => lines.lineStart(dashOffset(frontmatter, nodeStart(node))));
      itemIndent = dashOffset(frontmatter, nodeStart(seq[0]!)) - itemStarts[0]!;
      items = seq.map((node, j) => {
        const from = itemStarts[j]!;
        const to = j + 1 < seq.length ? itemStarts[j + 1]! : ownEnd;
        const own = Math.min(lines.endOfContent(valueEnd(node), from), to);
        const item = readItem(node, {
          text: frontmatter.slice(from, own),
          value: load(node),
          line: frontmatterLine + lines.lineOf(from),
        });
        const trivia = frontmatter.slice(own, to);
        return trivia ? { ...item, trivia } : item;
      });
      transcript = { entry: i, head: frontmatter.slice(start, itemStarts[0]), tail: '', block: true };
      entries.push({ key: name, value: [], origin: { ...origin, value: [] }, trivia: frontmatter.slice(ownEnd, next) });
      return;
    }
    if (name === 'transcript' && transcript === undefined) {
      const list = origin.value;
      items = Array.isArray(list) ? list.map((v: YamlValue) => classify(v, undefined)) : [];
      transcript = { entry: i, head: text, tail: '', block: false };
    }
    entries.push({ key: name, value: origin.value, origin, trivia: frontmatter.slice(ownEnd, next) });
  });

  return { file, preamble, opening, frontmatterLine, lead, entries, transcript, items, end, style: detectStyle(frontmatter, itemIndent), loadErrors };
}

/**
 * The keys of a frontmatter written as one flow mapping (`{a: 1, b: 2}`), several to a line: the
 * document's lead holds all its bytes and each key none of its own (serializeEpisode re-emits the
 * whole frontmatter once anything in it changes).
 */
function readFlowRoot(root: YAMLMap, read: FlowReader): FrontEntry[] {
  return root.items.map((pair) => {
    const key = pair.key as Node;
    if (!isScalar(key) || typeof key.value !== 'string') return read.fail(read.start(key), 'a top-level key must be a plain name');
    const value = read.load(pair.value as Node | null);
    return { key: (key as Scalar<string>).value, value, origin: { text: '', value, line: read.line(read.start(key)) }, trivia: '' };
  });
}

interface FlowReader {
  /** The offset of a node in the frontmatter. */
  start(node: Node): number;
  /** The file line of an offset in the frontmatter. */
  line(offset: number): number;
  load(node: Node | null): YamlValue;
  fail(offset: number, reason: string): never;
}

/** The parts around the frontmatter; the fences are lines holding only `---`, as the site and PyYAML tools read them. */
function splitFrontmatter(text: string, file: string) {
  // A byte order mark (Windows editors write one) is not part of the first line: it stays in the preamble,
  // which is written back byte for byte.
  let offset = text.startsWith(BOM) ? BOM.length : 0;
  let lineNo = 1;
  const fences: { start: number; end: number; line: number }[] = [];
  while (offset < text.length && fences.length < 2) {
    const nl = text.indexOf('\n', offset);
    const end = nl === -1 ? text.length : nl + 1;
    if (FENCE.test(text.slice(offset, end).replace(/\r?\n$/, ''))) fences.push({ start: offset, end, line: lineNo });
    offset = end;
    lineNo++;
  }
  const [open, close] = fences;
  if (!open) throw new EpisodeParseError(file, 1, 1, 'no frontmatter: the file has no `---` line');
  if (!close) throw new EpisodeParseError(file, open.line, 1, 'the frontmatter opened here is never closed by a `---` line');
  return {
    preamble: text.slice(0, open.start),
    opening: text.slice(open.start, open.end),
    frontmatter: text.slice(open.end, close.start),
    end: text.slice(close.start),
    frontmatterLine: open.line + 1,
  };
}

/** The offset of the `-` that introduces a block sequence item whose node starts at `start`. */
function dashOffset(text: string, start: number): number {
  let i = start - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return text[i] === '-' ? i : start;
}

/** An item as read from its node: plain `time: 1:33` (a number to YAML 1.1 readers) is kept as its text. */
function readItem(node: Node, origin: ItemOrigin): TranscriptItem {
  const timeNode = isMap(node) ? timeScalar(node) : undefined;
  const plain = timeNode && timeNode.type === Scalar.PLAIN && typeof timeNode.value === 'string' ? timeNode.value : undefined;
  const plainTime = plain !== undefined && isSexagesimalNumber(plain) ? plain : undefined;
  const fullOrigin = plainTime === undefined ? origin : { ...origin, plainTime };
  return classify(origin.value, fullOrigin);
}

function timeScalar(map: YAMLMap): Scalar | undefined {
  const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === 'time');
  return pair && isScalar(pair.value) ? pair.value : undefined;
}

// Sorts a loaded item into turn, header or unknown, the way the site's templates read it.
function classify(value: YamlValue, origin: ItemOrigin | undefined): TranscriptItem {
  const base = origin ? { origin } : {};
  const unknown = (reason: string): TranscriptItem => ({ kind: 'unknown', value, reason, ...base });
  if (!(value instanceof Map)) return unknown('it is not a mapping');
  const keys = [...value.keys()];
  if (keys.length === 1 && keys[0] === 'header') {
    const header = value.get('header');
    return typeof header === 'string' ? { kind: 'header', header, ...base } : unknown('its header is not text');
  }
  const strange = keys.find((k) => !(TURN_KEYS as readonly unknown[]).includes(k));
  if (strange !== undefined) return unknown(`it has the key \`${String(strange)}\`, which is neither a turn's nor a header's`);
  const line = value.get('line');
  const sec = value.get('sec');
  const time = origin?.plainTime ?? value.get('time');
  const who = value.get('who');
  if (typeof line !== 'string') return unknown(line === undefined ? 'it has no `line`' : 'its `line` is not text');
  if (sec !== undefined && !(typeof sec === 'number' && Number.isInteger(sec))) return unknown('its `sec` is not a whole number');
  if (time !== undefined && typeof time !== 'string') return unknown('its `time` is not text');
  if (who !== undefined && typeof who !== 'string') return unknown('its `who` is not text');
  return {
    kind: 'turn',
    line,
    ...(sec !== undefined && { sec }),
    ...(time !== undefined && { time }),
    ...(who !== undefined && { who }),
    ...base,
  };
}

/** Older files escape non-ASCII (`\u2019`); a writer keeps the style the file has. */
function detectStyle(frontmatter: string, itemIndent: number) {
  const escaped = /\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})/.test(frontmatter);
  const hasRawUnicode = /[^\u0000-\u007f]/u.test(frontmatter);
  const eol = frontmatter.includes('\r\n') ? ('\r\n' as const) : ('\n' as const);
  return { allowUnicode: !(escaped && !hasRawUnicode), itemIndent, eol };
}
