/** A line diff of two texts, in hunks with a few lines of context, as `diff -u` shows it. */
import { structuredPatch } from 'diff';

/** One line of a hunk: kept (in both), only in the old text, or only in the new one. */
export interface DiffLine {
  readonly kind: 'same' | 'old' | 'new';
  readonly text: string;
}

/** A run of changed lines with context: where it starts in each text (1-based) and its lines. */
export interface DiffHunk {
  readonly oldStart: number;
  readonly newStart: number;
  readonly lines: readonly DiffLine[];
}

/** The hunks that turn `oldText` into `newText`, with `context` unchanged lines around each change; none when they are equal. */
export function lineDiff(oldText: string, newText: string, context = 2): DiffHunk[] {
  if (oldText === newText) return [];
  const patch = structuredPatch('old', 'new', oldText, newText, '', '', { context });
  return patch.hunks.map((hunk) => ({
    oldStart: hunk.oldStart,
    newStart: hunk.newStart,
    lines: hunk.lines
      .filter((line) => !line.startsWith('\\'))
      .map((line) => ({ kind: line[0] === '-' ? 'old' : line[0] === '+' ? 'new' : 'same', text: line.slice(1) })),
  }));
}
