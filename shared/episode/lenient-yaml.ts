import { parseDocument, type Document } from 'yaml';

/** A parsed frontmatter, and how to turn its offsets back into offsets of the original text. */
export interface LenientParse {
  readonly doc: Document.Parsed;
  /** Maps an offset in the parsed text to the original text. */
  readonly toOriginal: (offset: number) => number;
}

const MAX_REPAIRS = 50;

/**
 * Parses YAML as PyYAML reads it. PyYAML accepts a quoted scalar whose continuation lines are not
 * indented (a real file has `time: '9:` / `` / `46'`); the `yaml` package rejects it. Continuation
 * lines of a quoted scalar lose their leading spaces anyway, so indenting them changes no value:
 * this indents them in a copy, parses the copy, and maps offsets back to the original bytes.
 */
export function parseYamlLeniently(text: string): LenientParse {
  const inserts: { at: number; count: number }[] = [];
  let source = text;
  let doc = parse(source);
  for (let repairs = 0; repairs < MAX_REPAIRS; repairs++) {
    const error = doc.errors.find((e) => e.code === 'MISSING_CHAR' && /^Missing closing ['"]quote/.test(e.message));
    const repaired = error && indentQuotedContinuation(source, error.pos[0], error.message.includes('"quote') ? '"' : "'");
    if (!repaired) break;
    for (const insert of repaired.inserts) inserts.push(insert);
    source = repaired.text;
    doc = parse(source);
  }
  inserts.sort((a, b) => a.at - b.at);
  const toOriginal = (offset: number) => {
    let shift = 0;
    for (const { at, count } of inserts) {
      if (at >= offset) break;
      shift += Math.min(count, offset - at);
    }
    return offset - shift;
  };
  return { doc, toOriginal };
}

function parse(text: string): Document.Parsed {
  return parseDocument(text, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
}

/** Indents the under-indented lines of the quoted scalar that is open at `errorAt`, up to its closing quote. */
function indentQuotedContinuation(text: string, errorAt: number, quote: "'" | '"') {
  const lineStart = (pos: number) => text.lastIndexOf('\n', pos - 1) + 1;
  const opening = text.lastIndexOf(quote, errorAt - 1);
  if (opening < 0) return undefined;
  const parentIndent = /^ *(?:- +)*/.exec(text.slice(lineStart(opening)))![0].length;
  const inserts: { at: number; count: number }[] = [];
  let pos = text.indexOf('\n', opening) + 1;
  while (pos > 0 && pos < text.length) {
    const end = text.indexOf('\n', pos);
    const line = text.slice(pos, end === -1 ? text.length : end);
    const indent = /^ */.exec(line)![0].length;
    if (line.trim() !== '' && indent <= parentIndent) inserts.push({ at: pos, count: parentIndent + 1 - indent });
    if (closesQuote(line, quote)) break;
    pos = end + 1;
  }
  if (inserts.length === 0) return undefined;
  let result = '';
  let last = 0;
  let added = 0;
  const shifted: { at: number; count: number }[] = [];
  for (const { at, count } of inserts) {
    result += text.slice(last, at) + ' '.repeat(count);
    shifted.push({ at: at + added, count });
    added += count;
    last = at;
  }
  return { text: result + text.slice(last), inserts: shifted };
}

function closesQuote(line: string, quote: "'" | '"'): boolean {
  const body = quote === "'" ? line.replace(/''/g, '') : line.replace(/\\./g, '');
  return body.includes(quote);
}
