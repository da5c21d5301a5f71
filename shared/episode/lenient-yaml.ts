import { parseDocument, type Document } from 'yaml';
import { indentQuotedContinuations } from '../yaml/quoted-continuations.js';
import { LineIndex } from './lines.js';

/** A parsed frontmatter, and how to turn its offsets back into offsets of the original text. */
export interface LenientParse {
  readonly doc: Document.Parsed;
  /** Maps an offset in the parsed text to the original text. */
  readonly toOriginal: (offset: number) => number;
}

/**
 * Parses YAML as PyYAML reads it. PyYAML accepts a quoted scalar whose continuation lines are not
 * indented (a real file has `time: '9:` / `` / `46'`); the `yaml` package rejects it. The repair
 * re-indents those lines in a copy (which changes no value); offsets are mapped back line by line,
 * since only leading spaces differ.
 */
export function parseYamlLeniently(text: string): LenientParse {
  const first = parse(text);
  if (first.errors.length === 0) return { doc: first, toOriginal: (offset) => offset };
  const fixed = indentQuotedContinuations(text);
  if (fixed === text) return { doc: first, toOriginal: (offset) => offset };
  const retry = parse(fixed);
  if (retry.errors.length > 0) return { doc: first, toOriginal: (offset) => offset };
  const original = new LineIndex(text);
  const repaired = new LineIndex(fixed);
  const lead = (s: string, from: number) => /^[ \t]*/.exec(s.slice(from, from + 200))![0].length;
  const toOriginal = (offset: number) => {
    const start = repaired.lineStart(offset);
    const from = original.startOfLine(repaired.lineOf(offset));
    const column = offset - start;
    const fixedLead = lead(fixed, start);
    const originalLead = lead(text, from);
    return column < fixedLead ? from + Math.min(column, originalLead) : from + column - fixedLead + originalLead;
  };
  return { doc: retry, toOriginal };
}

function parse(text: string): Document.Parsed {
  return parseDocument(text, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
}
