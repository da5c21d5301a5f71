import { Composer, Parser, YAMLParseError, type Document } from 'yaml';
import { LineIndex } from '../lines.js';
import { analyseAliases } from './aliases.js';
import { MAX_DEPTH, tooDeep } from './depth.js';
import { indentQuotedContinuations } from './quoted-continuations.js';

/** Turns a source offset into a 1-based line and column. */
export type LinePosition = (offset: number) => { line: number; col: number };

/** A parsed YAML text, and how to turn offsets in what was parsed back into places in the original text. */
export interface LenientParse {
  readonly doc: Document.Parsed;
  /** Maps an offset in the parsed text to the original text. */
  readonly toOriginal: (offset: number) => number;
  /** The line and column in the original text of an offset in the parsed text. */
  readonly linePos: LinePosition;
}

/**
 * Parses YAML as PyYAML reads it, every scalar kept as its source string (the failsafe schema).
 * PyYAML accepts a quoted scalar whose continuation lines are not indented (a real file has
 * `time: '9:` / `` / `46'`); the `yaml` package rejects it. After a failed parse, the repair
 * re-indents those lines in a copy (which changes no value); offsets are mapped back line by line,
 * since only leading spaces differ. When the repair does not help, the first parse and its errors stand.
 */
export function parseYamlLeniently(text: string): LenientParse {
  const first = parse(text);
  // Built only when asked: most texts parse at once, and most callers keep their own index.
  let index: LineIndex | undefined;
  const original = () => (index ??= new LineIndex(text));
  const placeOf = (offset: number) => {
    const line = original().lineOf(offset);
    return { line: line + 1, col: offset - original().startOfLine(line) + 1 };
  };
  const asIs: LenientParse = { doc: first, toOriginal: (offset) => offset, linePos: placeOf };
  // A file refused for its nesting or its aliases is not a quoting slip: re-indenting cannot help.
  if (first.errors.length === 0 || first.errors[0]!.code === 'RESOURCE_EXHAUSTION') return asIs;
  const fixed = indentQuotedContinuations(text);
  if (fixed === text) return asIs;
  const retry = parse(fixed);
  if (retry.errors.length > 0) return asIs;
  const repaired = new LineIndex(fixed);
  const lead = (s: string, from: number) => /^[ \t]*/.exec(s.slice(from, from + 200))![0].length;
  const toOriginal = (offset: number) => {
    // Both texts have the same lines; only their leading spaces differ.
    const start = repaired.lineStart(offset);
    const from = original().startOfLine(repaired.lineOf(offset));
    const column = offset - start;
    const fixedLead = lead(fixed, start);
    const originalLead = lead(text, from);
    return column < fixedLead ? from + Math.min(column, originalLead) : from + column - fixedLead + originalLead;
  };
  return { doc: retry, toOriginal, linePos: (offset) => placeOf(toOriginal(offset)) };
}

const OPTIONS = { schema: 'failsafe', uniqueKeys: false, prettyErrors: false, keepSourceTokens: true } as const;

// What `parseDocument` does, with the nesting checked between the parser (which keeps a stack of its
// own) and the composer (which recurses), and the aliases checked after it (aliases.ts).
function parse(text: string): Document.Parsed {
  const tokens = [...new Parser().parse(text)];
  const deep = tooDeep(tokens);
  if (deep !== undefined) {
    return refused(deep, `lists and mappings nested more than ${MAX_DEPTH} levels deep (an episode needs three): the file is refused rather than read`);
  }
  // The source tokens keep each scalar's raw text, which load.ts re-reads where YAML 1.1 and 1.2 differ (unicode-breaks.ts).
  const docs = [...new Composer(OPTIONS).compose(tokens, true, text.length)];
  const doc = docs[0]!;
  if (docs.length > 1) doc.errors.push(new YAMLParseError(docs[1]!.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
  if (doc.errors.length > 0) return doc;
  const { error } = analyseAliases(doc);
  if (error) doc.errors.push(new YAMLParseError([error.offset, error.offset + 1], 'RESOURCE_EXHAUSTION', error.message));
  return doc;
}

// An empty document carrying the one error that refused the text.
function refused(offset: number, message: string): Document.Parsed {
  const doc = [...new Composer(OPTIONS).compose([], true, 0)][0]!;
  doc.errors.push(new YAMLParseError([offset, offset + 1], 'RESOURCE_EXHAUSTION', message));
  return doc;
}
