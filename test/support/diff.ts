import { expect } from 'vitest';

/** The differing middle of two texts by lines: what is left after removing their common first and last lines. */
export function changedLines(before: string, after: string): { removed: string[]; added: string[]; at: number } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB), at: start + 1 };
}

/** The lines that differ between two texts with the same number of lines (which it asserts): each 1-based, as it was and as it is now. */
export function lineChanges(before: string, after: string): { line: number; was: string; now: string }[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((was, i) => (was === b[i] ? [] : [{ line: i + 1, was, now: b[i]! }]));
}

/** The 1-based numbers of the lines that differ between two texts with the same number of lines (which it asserts). */
export function differingLines(before: string, after: string): number[] {
  return lineChanges(before, after).map((change) => change.line);
}
