// PyYAML reads a quoted scalar whose continuation lines are not indented, e.g.
//   - time: '9:
//
//   46'
// (a real corpus file), because its scanner ignores indentation inside quotes; the `yaml` package
// follows the YAML spec and stops the scalar there. Indentation inside a quoted scalar is never
// content (line folding drops it), so indenting such lines changes nothing PyYAML would read and
// lets `yaml` parse the text. parseYamlLeniently uses this only after a failed parse.
import { Parser } from 'yaml';

type QuotedToken = { type: 'single-quoted-scalar' | 'double-quoted-scalar'; offset: number; indent: number; source: string };

const BREAK_CHARS = '\r\n\x85\u2028\u2029';

function isQuotedToken(value: object): value is QuotedToken {
  const t = value as Partial<QuotedToken>;
  return (t.type === 'single-quoted-scalar' || t.type === 'double-quoted-scalar') &&
    typeof t.offset === 'number' && typeof t.indent === 'number' && typeof t.source === 'string';
}

// All quoted scalar tokens of a CST (any depth: items, keys, values, error ends).
function collectQuoted(value: unknown, into: QuotedToken[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectQuoted(item, into);
  } else if (value !== null && typeof value === 'object') {
    if (isQuotedToken(value)) into.push(value);
    for (const child of Object.values(value)) collectQuoted(child, into);
  }
}

/**
 * Where PyYAML's scan_flow_scalar ends a quoted scalar starting at `start` (just past the closing
 * quote), or -1 where PyYAML fails: end of stream, or a document separator at a line start.
 */
function quotedScalarEnd(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (quote === "'" && ch === "'") {
      if (text[i + 1] !== "'") return i + 1;
      i += 2;
    } else if (quote === '"' && ch === '"') {
      return i + 1;
    } else if (quote === '"' && ch === '\\') {
      // An escaped line break is still a line break (the separator check below applies).
      i += BREAK_CHARS.includes(text[i + 1] ?? '') ? 1 : 2;
    } else if (BREAK_CHARS.includes(ch)) {
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      const head = text.slice(i, i + 3);
      const after = text[i + 3];
      if ((head === '---' || head === '...') && (after === undefined || ' \t\r\n\x85\u2028\u2029'.includes(after))) return -1;
    } else {
      i += 1;
    }
  }
  return -1;
}

// The starts of the non-blank lines inside [from, to) indented no deeper than `indent`. These are the
// lines `yaml` sees, split at `\n` and `\r` only: to it, U+0085, U+2028 and U+2029 are text, so a line
// starting with one is not blank (spaces put before such a break change nothing PyYAML reads).
function shallowLines(text: string, from: number, to: number, indent: number): { start: number; width: number }[] {
  const lines: { start: number; width: number }[] = [];
  for (let i = from; i < to; i++) {
    if (text[i] !== '\n' && text[i] !== '\r') continue;
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    const start = i + 1;
    let width = 0;
    while (text[start + width] === ' ' || text[start + width] === '\t') width++;
    const next = text[start + width];
    // Blank lines may sit at any indentation.
    if (start + width < to && next !== undefined && next !== '\n' && next !== '\r' && width <= indent) lines.push({ start, width });
  }
  return lines;
}

/**
 * The text with the continuation lines of quoted scalars indented one deeper than their
 * collection, where `yaml` cut such a scalar short; the text itself when there is nothing to do.
 */
export function indentQuotedContinuations(text: string): string {
  let current = text;
  // One scalar per round, the first one `yaml` cut short: the tokens after it may be misread.
  for (let round = 0; round < 10_000; round++) {
    const tokens: QuotedToken[] = [];
    for (const token of new Parser().parse(current)) collectQuoted(token, tokens);
    tokens.sort((a, b) => a.offset - b.offset);
    const cut = tokens.find((t) => {
      const end = quotedScalarEnd(current, t.offset);
      return end > t.offset + t.source.length;
    });
    if (!cut) return current;
    const end = quotedScalarEnd(current, cut.offset);
    const lines = shallowLines(current, cut.offset, end, cut.indent);
    if (lines.length === 0) return current;
    let out = '';
    let at = 0;
    for (const { start, width } of lines) {
      out += current.slice(at, start) + ' '.repeat(cut.indent + 1);
      at = start + width;
    }
    current = out + current.slice(at);
  }
  return current;
}
