// The output half of PyYAML's Emitter (emitter.py): the text written so far plus the state the
// style and folding decisions read (column, whether the last character was whitespace or an
// indentation character, the current indent). Columns count code points, as Python's len() does.

/** Formatting options of PyYAML's Emitter, already validated as its constructor does. */
export interface EmitterSettings {
  /** best_width: a line is broken at a space once the column is past this. */
  readonly bestWidth: number;
  /** best_indent: spaces per nesting level. */
  readonly bestIndent: number;
  /** allow_unicode: write printable non-ASCII as-is instead of escaping it in double quotes. */
  readonly allowUnicode: boolean;
}

/** PyYAML's defaults: `indent` is used when 1 < indent < 10, `width` when it is more than twice the indent. */
export function emitterSettings(options: { allowUnicode: boolean; width?: number; indent?: number }): EmitterSettings {
  const { indent, width } = options;
  const bestIndent = indent !== undefined && indent > 1 && indent < 10 ? indent : 2;
  const bestWidth = width !== undefined && width > bestIndent * 2 ? width : 80;
  return { bestWidth, bestIndent, allowUnicode: options.allowUnicode };
}

/** A text indexed by code point as Python indexes a str: the string itself when it has no surrogates, else its code points. */
export type Chars = string | readonly string[];

/** The text as Chars: the array of code points is only built for texts with astral characters (or lone surrogates). */
export function codePoints(text: string): Chars {
  return /[\uD800-\uDFFF]/.test(text) ? Array.from(text) : text;
}

/** Length in code points (Python's len of a str). */
export function pyLen(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one astral code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The emitter's output stream and position state (Emitter.write_indicator / write_indent / write_line_break). */
export class EmitterOutput {
  // The output; V8 concatenates strings into ropes, cheaper than joining many small chunks.
  private buffer = '';
  // A slice of a scalar written but not yet appended (see writeSlice).
  private pending: Chars | null = null;
  private pendingStart = 0;
  private pendingEnd = 0;
  /** Current column, in code points. */
  column = 0;
  /** Whether the last character written was whitespace. */
  whitespace = true;
  /** Whether the last characters written were indentation (spaces, '-', '?', ':'). */
  indention = true;
  /** Whether the document needs an explicit `...` end (after a root plain scalar). */
  openEnded = false;
  /** The current indent (PyYAML's self.indent; null before the first collection or scalar). */
  indent: number | null = null;

  constructor(readonly settings: EmitterSettings) {}

  /** The text written so far. */
  text(): string {
    this.flush();
    return this.buffer;
  }

  /** Writes text that moves the column by its length in code points (`self.column += len(data); stream.write(data)`). */
  write(data: string, length = pyLen(data)): void {
    this.flush();
    this.column += length;
    this.buffer += data;
  }

  /**
   * Writes text[start:end], like write(). Consecutive slices of one text are appended as one
   * string when something else is written: the scalar writers write word by word, and millions
   * of tiny strings cost more than the rest of the emitter. The column moves at once.
   */
  writeSlice(text: Chars, start: number, end: number): void {
    if (this.pending !== text || this.pendingEnd !== start) {
      this.flush();
      this.pending = text;
      this.pendingStart = start;
    }
    this.pendingEnd = end;
    this.column += end - start;
  }

  // Appends the pending slice: before anything else is written, so the order stays PyYAML's.
  private flush(): void {
    const text = this.pending;
    if (text === null) return;
    if (this.pendingEnd > this.pendingStart) {
      this.buffer += typeof text === 'string'
        ? text.slice(this.pendingStart, this.pendingEnd)
        : text.slice(this.pendingStart, this.pendingEnd).join('');
    }
    this.pending = null;
  }

  /** Emitter.write_indicator. */
  writeIndicator(indicator: string, needWhitespace: boolean, whitespace = false, indention = false): void {
    const data = this.whitespace || !needWhitespace ? indicator : ' ' + indicator;
    this.whitespace = whitespace;
    this.indention = this.indention && indention;
    this.openEnded = false;
    this.write(data);
  }

  /** Emitter.write_indent: a line break unless already at the start of an indented line, then spaces up to the indent. */
  writeIndent(): void {
    const indent = this.indent ?? 0;
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) {
      this.writeLineBreak();
    }
    if (this.column < indent) {
      this.flush();
      this.whitespace = true;
      this.buffer += ' '.repeat(indent - this.column);
      this.column = indent;
    }
  }

  /** Emitter.write_line_break (best_line_break is always '\n' here). */
  writeLineBreak(data = '\n'): void {
    this.flush();
    this.whitespace = true;
    this.indention = true;
    this.column = 0;
    this.buffer += data;
  }
}
