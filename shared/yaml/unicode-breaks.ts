// YAML 1.1 (PyYAML) has three line breaks beside `\n` and `\r`: U+0085 (NEL), U+2028 (LINE SEPARATOR)
// and U+2029 (PARAGRAPH SEPARATOR). The `yaml` package (YAML 1.2) reads them as ordinary characters,
// so a scalar PyYAML writes as 'a\u2028  b' (the break, then the indentation) would read as `a\u2028  b`.
// For a scalar whose source holds one of them, this re-reads the source as PyYAML's Scanner does
// (scan_flow_scalar, scan_plain and their helpers in lib/yaml/scanner.py).

/** The characters YAML 1.1 reads as line breaks, beside `\n` and `\r`. */
export const UNICODE_BREAKS = /[\x85\u2028\u2029]/;

const BREAK = '\r\n\x85\u2028\u2029';

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const ESCAPE_CODES: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** A scalar's source (quotes included) as PyYAML reads it; undefined when it is not one this reader knows (left to `yaml`). */
export function scalarFromSource(raw: string, type: string | undefined): string | undefined {
  if (type === 'QUOTE_SINGLE' || type === 'QUOTE_DOUBLE') {
    const quote = type === 'QUOTE_SINGLE' ? "'" : '"';
    if (raw.length < 2 || raw[0] !== quote || raw[raw.length - 1] !== quote) return undefined;
    return new Reader(raw.slice(1, -1)).flowScalar(type === 'QUOTE_DOUBLE');
  }
  if (type === 'PLAIN') return new Reader(raw.replace(/[ \t]+$/, '')).plainScalar();
  return undefined;
}

class Reader {
  private i = 0;

  constructor(private readonly s: string) {}

  private peek(at = 0): string {
    return this.s[this.i + at] ?? '\0';
  }

  private isBreak(ch: string): boolean {
    return ch !== '\0' && BREAK.includes(ch);
  }

  // scan_line_break: `\r\n`, `\r`, `\n` and U+0085 read as `\n`; U+2028 and U+2029 as themselves.
  private lineBreak(): string {
    const ch = this.peek();
    if (ch === '\r' && this.peek(1) === '\n') {
      this.i += 2;
      return '\n';
    }
    if (ch === '\r' || ch === '\n' || ch === '\x85') {
      this.i++;
      return '\n';
    }
    if (ch === '\u2028' || ch === '\u2029') {
      this.i++;
      return ch;
    }
    return '';
  }

  // A break and the breaks after it (with their indentation), folded: one `\n` is a space, and each other break is kept.
  private fold(breaks: () => string[]): string {
    const first = this.lineBreak();
    const more = breaks();
    return (first !== '\n' ? first : more.length === 0 ? ' ' : '') + more.join('');
  }

  private flowBreaks(): string[] {
    const chunks: string[] = [];
    for (;;) {
      while (this.peek() === ' ' || this.peek() === '\t') this.i++;
      if (!this.isBreak(this.peek())) return chunks;
      chunks.push(this.lineBreak());
    }
  }

  /** scan_flow_scalar, between the quotes. */
  flowScalar(double: boolean): string | undefined {
    let out = '';
    while (this.i < this.s.length) {
      const ch = this.peek();
      if (ch === ' ' || ch === '\t') {
        const start = this.i;
        while (this.peek() === ' ' || this.peek() === '\t') this.i++;
        if (this.isBreak(this.peek())) out += this.fold(() => this.flowBreaks());
        else out += this.s.slice(start, this.i);
      } else if (this.isBreak(ch)) {
        out += this.fold(() => this.flowBreaks());
      } else if (!double && ch === "'") {
        if (this.peek(1) !== "'") return undefined;
        out += "'";
        this.i += 2;
      } else if (double && ch === '\\') {
        const next = this.peek(1);
        this.i += 2;
        const length = ESCAPE_CODES[next];
        if (next in ESCAPES) out += ESCAPES[next];
        else if (length !== undefined) {
          const hex = this.s.slice(this.i, this.i + length);
          if (!new RegExp(`^[0-9A-Fa-f]{${length}}$`).test(hex)) return undefined;
          const code = parseInt(hex, 16);
          if (code > 0x10ffff) return undefined;
          out += String.fromCodePoint(code);
          this.i += length;
        } else if (this.isBreak(next)) {
          this.i--;
          this.lineBreak();
          out += this.flowBreaks().join('');
        } else return undefined;
      } else {
        out += ch;
        this.i++;
      }
    }
    return out;
  }

  /** scan_plain: the scalar's text, its line breaks folded. */
  plainScalar(): string {
    let out = '';
    while (this.i < this.s.length) {
      const ch = this.peek();
      if (ch === ' ' || ch === '\t' || this.isBreak(ch)) {
        const start = this.i;
        while (this.peek() === ' ') this.i++;
        if (this.isBreak(this.peek())) {
          out += this.fold(() => {
            const breaks: string[] = [];
            while (this.peek() === ' ' || this.isBreak(this.peek())) {
              if (this.peek() === ' ') this.i++;
              else breaks.push(this.lineBreak());
            }
            return breaks;
          });
        } else if (this.i === start) {
          out += ch; // a tab inside the text
          this.i++;
        } else out += this.s.slice(start, this.i);
      } else {
        out += ch;
        this.i++;
      }
    }
    return out;
  }
}
