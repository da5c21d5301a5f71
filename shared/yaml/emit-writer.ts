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
  private readonly chunks: string[] = [];
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
    return this.chunks.join('');
  }

  /** Writes text that moves the column by its length (the `self.column += len(data); stream.write(data)` pairs). */
  write(data: string): void {
    this.column += pyLen(data);
    this.chunks.push(data);
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
      this.whitespace = true;
      this.chunks.push(' '.repeat(indent - this.column));
      this.column = indent;
    }
  }

  /** Emitter.write_line_break (best_line_break is always '\n' here). */
  writeLineBreak(data = '\n'): void {
    this.whitespace = true;
    this.indention = true;
    this.column = 0;
    this.chunks.push(data);
  }
}
