/** Offsets and line numbers inside a text, for mapping YAML node ranges to file lines and columns. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Offset of the start of a 0-based line. */
  startOfLine(line: number): number {
    return this.starts[Math.min(line, this.starts.length - 1)]!;
  }

  /** Offset of the start of the line holding `offset`. */
  lineStart(offset: number): number {
    return this.starts[this.lineOf(offset)]!;
  }

  /** Offset just after the line break ending the line that holds the last non-blank character before `end`. */
  endOfContent(end: number, floor = 0): number {
    let i = Math.min(end, this.text.length) - 1;
    while (i >= floor && /\s/.test(this.text[i]!)) i--;
    const nl = this.text.indexOf('\n', Math.max(i, floor));
    return nl === -1 ? this.text.length : nl + 1;
  }
}
