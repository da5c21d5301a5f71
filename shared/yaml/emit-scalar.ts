// PyYAML's scalar machinery (emitter.py): analyze_scalar decides which styles a text allows,
// choose_scalar_style picks one for the context, and write_plain / write_single_quoted /
// write_double_quoted write it, folding long lines at a space past best_width. A faithful port:
// texts are handled as arrays of code points because Python indexes and measures str that way.
import type { EmitterOutput } from './emit-writer.js';

/** What analyze_scalar found out about a text (PyYAML's ScalarAnalysis). */
export interface ScalarAnalysis {
  readonly scalar: string;
  readonly empty: boolean;
  readonly multiline: boolean;
  readonly allowFlowPlain: boolean;
  readonly allowBlockPlain: boolean;
  readonly allowSingleQuoted: boolean;
  readonly allowDoubleQuoted: boolean;
  readonly allowBlock: boolean;
}

/** A scalar style: '' plain, "'" single-quoted, '"' double-quoted (the representer never asks for '|' or '>'). */
export type ScalarStyle = '' | "'" | '"';

const BREAKS = '\n\x85\u2028\u2029';
const WHITESPACE_OR_END = '\0 \t\r\n\x85\u2028\u2029';

const isBreak = (ch: string | undefined): boolean => ch !== undefined && BREAKS.includes(ch);

/** Emitter.analyze_scalar. */
export function analyzeScalar(scalar: string, allowUnicode: boolean): ScalarAnalysis {
  if (!scalar) {
    return {
      scalar, empty: true, multiline: false, allowFlowPlain: false, allowBlockPlain: true,
      allowSingleQuoted: true, allowDoubleQuoted: true, allowBlock: false,
    };
  }
  const chars = Array.from(scalar);
  let blockIndicators = false;
  let flowIndicators = false;
  let lineBreaks = false;
  let specialCharacters = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;

  // Document indicators.
  if (scalar.startsWith('---') || scalar.startsWith('...')) {
    blockIndicators = true;
    flowIndicators = true;
  }
  let precededByWhitespace = true;
  let followedByWhitespace = chars.length === 1 || WHITESPACE_OR_END.includes(chars[1]!);
  let previousSpace = false;
  let previousBreak = false;

  for (let index = 0; index < chars.length; ) {
    const ch = chars[index]!;
    if (index === 0) {
      // Leading indicators are special characters.
      if ('#,[]{}&*!|>\'"%@`'.includes(ch)) {
        flowIndicators = true;
        blockIndicators = true;
      }
      if (ch === '?' || ch === ':') {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      }
      if (ch === '-' && followedByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    } else {
      // Some indicators cannot appear within a scalar as well.
      if (',?[]{}'.includes(ch)) flowIndicators = true;
      if (ch === ':') {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      }
      if (ch === '#' && precededByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    }
    if (isBreak(ch)) lineBreaks = true;
    const code = ch.codePointAt(0)!;
    if (!(ch === '\n' || (code >= 0x20 && code <= 0x7e))) {
      const unicode =
        (code === 0x85 || (code >= 0xa0 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) ||
          (code >= 0x10000 && code < 0x10ffff)) && code !== 0xfeff;
      // Tabs, other controls, U+FEFF and lone surrogates are special: only double quotes can hold them.
      if (!unicode || !allowUnicode) specialCharacters = true;
    }
    if (ch === ' ') {
      if (index === 0) leadingSpace = true;
      if (index === chars.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(ch)) {
      if (index === 0) leadingBreak = true;
      if (index === chars.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    index += 1;
    precededByWhitespace = WHITESPACE_OR_END.includes(ch);
    followedByWhitespace = index + 1 >= chars.length || WHITESPACE_OR_END.includes(chars[index + 1]!);
  }

  let allowFlowPlain = true;
  let allowBlockPlain = true;
  let allowSingleQuoted = true;
  let allowBlock = true;
  // Leading and trailing whitespace is bad for plain scalars.
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) allowFlowPlain = allowBlockPlain = false;
  // No trailing spaces for block scalars.
  if (trailingSpace) allowBlock = false;
  // Spaces at the beginning of a new line are only acceptable for block scalars.
  if (breakSpace) allowFlowPlain = allowBlockPlain = allowSingleQuoted = false;
  // Spaces followed by breaks, and special characters, are only allowed in double quotes.
  if (spaceBreak || specialCharacters) allowFlowPlain = allowBlockPlain = allowSingleQuoted = allowBlock = false;
  // The plain writer could write breaks, but PyYAML never emits multiline plain scalars.
  if (lineBreaks) allowFlowPlain = allowBlockPlain = false;
  if (flowIndicators) allowFlowPlain = false;
  if (blockIndicators) allowBlockPlain = false;
  return {
    scalar, empty: false, multiline: lineBreaks, allowFlowPlain, allowBlockPlain, allowSingleQuoted,
    allowDoubleQuoted: true, allowBlock,
  };
}

/** Where a scalar is being written, as far as choose_scalar_style cares. */
export interface ScalarContext {
  /** The style the representer asked for (PyYAML's event.style): null for none. */
  readonly requested: ScalarStyle | null;
  /** event.implicit[0]: the resolver reads the text back as the scalar's own tag, so plain is possible. */
  readonly plainImplicit: boolean;
  readonly flowLevel: number;
  readonly simpleKeyContext: boolean;
}

/** Emitter.choose_scalar_style (canonical off). */
export function chooseScalarStyle(analysis: ScalarAnalysis, context: ScalarContext): ScalarStyle {
  const { requested, flowLevel, simpleKeyContext } = context;
  if (requested === '"') return '"';
  if (!requested && context.plainImplicit) {
    if (
      !(simpleKeyContext && (analysis.empty || analysis.multiline)) &&
      ((flowLevel && analysis.allowFlowPlain) || (!flowLevel && analysis.allowBlockPlain))
    ) {
      return '';
    }
  }
  // (The '|' / '>' branch of PyYAML is left out: nothing here requests block styles.)
  if (!requested || requested === "'") {
    if (analysis.allowSingleQuoted && !(simpleKeyContext && analysis.multiline)) return "'";
  }
  return '"';
}

/** Emitter.write_plain; `rootContext` is the emitter's root_context (a root plain scalar leaves the document open-ended). */
export function writePlain(out: EmitterOutput, scalar: string, split: boolean, rootContext: boolean): void {
  if (rootContext) out.openEnded = true;
  if (!scalar) return;
  if (!out.whitespace) out.write(' ');
  out.whitespace = false;
  out.indention = false;
  const text = Array.from(scalar);
  const bestWidth = out.settings.bestWidth;
  let spaces = false;
  let breaks = false;
  let start = 0;
  for (let end = 0; end <= text.length; end++) {
    const ch = end < text.length ? text[end] : undefined;
    if (spaces) {
      if (ch !== ' ') {
        // A single space past the width becomes a line break; runs of spaces are kept.
        if (start + 1 === end && out.column > bestWidth && split) {
          out.writeIndent();
          out.whitespace = false;
          out.indention = false;
        } else {
          out.write(text.slice(start, end).join(''));
        }
        start = end;
      }
    } else if (breaks) {
      if (!isBreak(ch)) {
        if (text[start] === '\n') out.writeLineBreak();
        for (const br of text.slice(start, end)) out.writeLineBreak(br);
        out.writeIndent();
        out.whitespace = false;
        out.indention = false;
        start = end;
      }
    } else if (ch === undefined || ch === ' ' || isBreak(ch)) {
      out.write(text.slice(start, end).join(''));
      start = end;
    }
    if (ch !== undefined) {
      spaces = ch === ' ';
      breaks = isBreak(ch);
    }
  }
}

/** Emitter.write_single_quoted. */
export function writeSingleQuoted(out: EmitterOutput, scalar: string, split: boolean): void {
  out.writeIndicator("'", true);
  const text = Array.from(scalar);
  const bestWidth = out.settings.bestWidth;
  let spaces = false;
  let breaks = false;
  let start = 0;
  for (let end = 0; end <= text.length; end++) {
    const ch = end < text.length ? text[end] : undefined;
    if (spaces) {
      if (ch === undefined || ch !== ' ') {
        // Never folds at the first or last character: the space would be lost to the reader.
        if (start + 1 === end && out.column > bestWidth && split && start !== 0 && end !== text.length) {
          out.writeIndent();
        } else {
          out.write(text.slice(start, end).join(''));
        }
        start = end;
      }
    } else if (breaks) {
      if (ch === undefined || !isBreak(ch)) {
        // A break inside quotes is folded by readers, so each one is written doubled.
        if (text[start] === '\n') out.writeLineBreak();
        for (const br of text.slice(start, end)) out.writeLineBreak(br);
        out.writeIndent();
        start = end;
      }
    } else if (ch === undefined || ch === ' ' || isBreak(ch) || ch === "'") {
      if (start < end) {
        out.write(text.slice(start, end).join(''));
        start = end;
      }
    }
    if (ch === "'") {
      out.write("''");
      start = end + 1;
    }
    if (ch !== undefined) {
      spaces = ch === ' ';
      breaks = isBreak(ch);
    }
  }
  out.writeIndicator("'", false);
}

// Emitter.ESCAPE_REPLACEMENTS.
const ESCAPE_REPLACEMENTS: ReadonlyMap<string, string> = new Map([
  ['\0', '0'], ['\x07', 'a'], ['\x08', 'b'], ['\x09', 't'], ['\x0A', 'n'], ['\x0B', 'v'], ['\x0C', 'f'],
  ['\x0D', 'r'], ['\x1B', 'e'], ['"', '"'], ['\\', '\\'], ['\x85', 'N'], ['\xA0', '_'], ['\u2028', 'L'],
  ['\u2029', 'P'],
]);

const hex = (code: number, width: number): string => code.toString(16).toUpperCase().padStart(width, '0');

// The escape for one character of a double-quoted scalar: named, else \xXX, \uXXXX or \UXXXXXXXX.
function escape(ch: string): string {
  const named = ESCAPE_REPLACEMENTS.get(ch);
  if (named !== undefined) return '\\' + named;
  const code = ch.codePointAt(0)!;
  if (code <= 0xff) return '\\x' + hex(code, 2);
  if (code <= 0xffff) return '\\u' + hex(code, 4);
  return '\\U' + hex(code, 8);
}

// Whether write_double_quoted writes the character as-is. Note that astral characters are
// escaped even with allow_unicode (PyYAML's range stops at U+FFFD here, unlike in analyze_scalar).
function writtenAsIs(ch: string, allowUnicode: boolean): boolean {
  if ('"\\\x85\u2028\u2029\uFEFF'.includes(ch)) return false;
  const code = ch.codePointAt(0)!;
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (allowUnicode && ((code >= 0xa0 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd)))
  );
}

/** Emitter.write_double_quoted. */
export function writeDoubleQuoted(out: EmitterOutput, scalar: string, split: boolean): void {
  out.writeIndicator('"', true);
  const text = Array.from(scalar);
  const { bestWidth, allowUnicode } = out.settings;
  let start = 0;
  for (let end = 0; end <= text.length; end++) {
    const ch = end < text.length ? text[end] : undefined;
    if (ch === undefined || !writtenAsIs(ch, allowUnicode)) {
      if (start < end) {
        out.write(text.slice(start, end).join(''));
        start = end;
      }
      if (ch !== undefined) {
        out.write(escape(ch));
        start = end + 1;
      }
    }
    if (
      end > 0 && end < text.length - 1 && (ch === ' ' || start >= end) &&
      out.column + (end - start) > bestWidth && split
    ) {
      // Fold with an escaped line break; a space starting the next line is escaped so that
      // readers do not strip it as indentation.
      const data = text.slice(start, end).join('') + '\\';
      if (start < end) start = end;
      out.write(data);
      out.writeIndent();
      out.whitespace = false;
      out.indention = false;
      if (text[start] === ' ') out.write('\\');
    }
  }
  out.writeIndicator('"', false);
}
