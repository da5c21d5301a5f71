// PyYAML's scalar machinery (emitter.py): analyze_scalar decides which styles a text allows,
// choose_scalar_style picks one for the context, and write_plain / write_single_quoted /
// write_double_quoted write it, folding long lines at a space past best_width. A faithful port:
// texts are indexed and measured by code point (Chars), as Python indexes and measures a str.
import { codePoints, type EmitterOutput } from './emit-writer.js';

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

// '\n\x85\u2028\u2029': the line breaks of YAML 1.1.
function isBreak(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\x85' || ch === '\u2028' || ch === '\u2029';
}

// The same tests on code points, for analyze_scalar, which runs on every scalar and is kept free
// of per-character strings.
const isBreakCode = (c: number): boolean => c === 0x0a || c === 0x85 || c === 0x2028 || c === 0x2029;
// '\0 \t\r\n\x85\u2028\u2029': what counts as whitespace around an indicator.
const isSpaceOrBreakCode = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0 || isBreakCode(c);
// '#,[]{}&*!|>\'"%@`': indicators that cannot start a plain scalar.
const LEADING_INDICATORS = new Set([...'#,[]{}&*!|>\'"%@`'].map((ch) => ch.charCodeAt(0)));
// ',?[]{}': indicators that end a plain scalar in flow context.
const isFlowIndicatorCode = (c: number): boolean =>
  c === 0x2c || c === 0x3f || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
const [SPACE, COLON, QUESTION, DASH, HASH] = [0x20, 0x3a, 0x3f, 0x2d, 0x23];

/** Emitter.analyze_scalar. */
export function analyzeScalar(scalar: string, allowUnicode: boolean): ScalarAnalysis {
  if (!scalar) {
    return {
      scalar, empty: true, multiline: false, allowFlowPlain: false, allowBlockPlain: true,
      allowSingleQuoted: true, allowDoubleQuoted: true, allowBlock: false,
    };
  }
  // Python walks code points; here `at` walks UTF-16 units and `size` is 2 for an astral
  // character, so `index === 0`, `index == len - 1` and `scalar[index + 1]` keep their meaning.
  const length = scalar.length;
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
  const first = scalar.codePointAt(0)!;
  const firstSize = first > 0xffff ? 2 : 1;
  let followedByWhitespace = firstSize >= length || isSpaceOrBreakCode(scalar.codePointAt(firstSize)!);
  let previousSpace = false;
  let previousBreak = false;

  for (let at = 0; at < length; ) {
    const ch = scalar.codePointAt(at)!;
    const size = ch > 0xffff ? 2 : 1;
    const isFirst = at === 0;
    const isLast = at + size >= length;
    if (isFirst) {
      // Leading indicators are special characters.
      if (LEADING_INDICATORS.has(ch)) {
        flowIndicators = true;
        blockIndicators = true;
      }
      if (ch === QUESTION || ch === COLON) {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      }
      if (ch === DASH && followedByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    } else {
      // Some indicators cannot appear within a scalar as well.
      if (isFlowIndicatorCode(ch)) flowIndicators = true;
      if (ch === COLON) {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      }
      if (ch === HASH && precededByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    }
    const isBreakChar = isBreakCode(ch);
    if (isBreakChar) lineBreaks = true;
    if (!(ch === 0x0a || (ch >= 0x20 && ch <= 0x7e))) {
      const unicode =
        (ch === 0x85 || (ch >= 0xa0 && ch <= 0xd7ff) || (ch >= 0xe000 && ch <= 0xfffd) ||
          (ch >= 0x10000 && ch < 0x10ffff)) && ch !== 0xfeff;
      // Tabs, other controls, U+FEFF and lone surrogates are special: only double quotes can hold them.
      if (!unicode || !allowUnicode) specialCharacters = true;
    }
    if (ch === SPACE) {
      if (isFirst) leadingSpace = true;
      if (isLast) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreakChar) {
      if (isFirst) leadingBreak = true;
      if (isLast) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    at += size;
    precededByWhitespace = isSpaceOrBreakCode(ch);
    // Whether the character after the next one is whitespace (or the end).
    if (at < length) {
      const next = scalar.codePointAt(at)!;
      const afterNext = at + (next > 0xffff ? 2 : 1);
      followedByWhitespace = afterNext >= length || isSpaceOrBreakCode(scalar.codePointAt(afterNext)!);
    }
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
  // Unlike PyYAML: its readers (its own too) fold a written U+0085 into a space or `\n`, so the
  // character is lost; only its escape (`\N`) in double quotes brings it back to every reader.
  if (scalar.includes('\x85')) allowFlowPlain = allowBlockPlain = allowSingleQuoted = allowBlock = false;
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
  const text = codePoints(scalar);
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
          out.writeSlice(text, start, end);
        }
        start = end;
      }
    } else if (breaks) {
      if (!isBreak(ch)) {
        if (text[start] === '\n') out.writeLineBreak();
        for (let i = start; i < end; i++) out.writeLineBreak(text[i]);
        out.writeIndent();
        out.whitespace = false;
        out.indention = false;
        start = end;
      }
    } else if (ch === undefined || ch === ' ' || isBreak(ch)) {
      out.writeSlice(text, start, end);
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
  const text = codePoints(scalar);
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
          out.writeSlice(text, start, end);
        }
        start = end;
      }
    } else if (breaks) {
      if (ch === undefined || !isBreak(ch)) {
        // A lone line break reads back as a space, so a run starting with '\n' gets one more.
        if (text[start] === '\n') out.writeLineBreak();
        for (let i = start; i < end; i++) out.writeLineBreak(text[i]);
        out.writeIndent();
        start = end;
      }
    } else if (ch === undefined || ch === ' ' || isBreak(ch) || ch === "'") {
      if (start < end) {
        out.writeSlice(text, start, end);
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
  const code = ch.codePointAt(0)!;
  // '"\\\x85\u2028\u2029\uFEFF' are always escaped.
  if (code === 0x22 || code === 0x5c || code === 0x85 || code === 0x2028 || code === 0x2029 || code === 0xfeff) return false;
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (allowUnicode && ((code >= 0xa0 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd)))
  );
}

/** Emitter.write_double_quoted. */
export function writeDoubleQuoted(out: EmitterOutput, scalar: string, split: boolean): void {
  out.writeIndicator('"', true);
  const text = codePoints(scalar);
  const { bestWidth, allowUnicode } = out.settings;
  let start = 0;
  for (let end = 0; end <= text.length; end++) {
    const ch = end < text.length ? text[end] : undefined;
    if (ch === undefined || !writtenAsIs(ch, allowUnicode)) {
      if (start < end) {
        out.writeSlice(text, start, end);
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
      // (data = text[start:end] + '\\' in PyYAML)
      if (start < end) {
        out.writeSlice(text, start, end);
        start = end;
      }
      out.write('\\');
      out.writeIndent();
      out.whitespace = false;
      out.indention = false;
      if (text[start] === ' ') out.write('\\');
    }
  }
  out.writeIndicator('"', false);
}
