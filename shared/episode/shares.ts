/**
 * Percentages of a whole as labels that add up as a reader expects: whole percents by largest
 * remainder (so they sum to 100, not 99 or 101), a share under 1% as `<1%` (never `0%` beside a
 * speaker who did speak) with the others leaving room for it (`99%` and `<1%`, not `100%`), and
 * `0%` only for nothing at all. With a total of zero every share is `0%`.
 */
export function percentLabels(values: readonly number[]): string[] {
  const total = values.reduce((sum, v) => sum + Math.max(0, v), 0);
  if (total <= 0) return values.map(() => '0%');
  const exact = values.map((v) => (Math.max(0, v) / total) * 100);
  const tiny = exact.map((p) => p > 0 && p < 1);
  const whole = exact.map((p, i) => (tiny[i] ? 0 : Math.floor(p)));
  const floors = whole.reduce((sum, p) => sum + p, 0);
  // Each `<1%` stands for about one percent; what is left is handed out by the largest remainders.
  let left = Math.max(0, 100 - tiny.filter(Boolean).length - floors);
  const byRemainder = exact
    .map((p, i) => ({ i, rest: tiny[i] || p === 0 ? -1 : p - Math.floor(p) }))
    .filter((r) => r.rest >= 0)
    .sort((a, b) => b.rest - a.rest);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    whole[i]!++;
    left--;
  }
  return whole.map((p, i) => (tiny[i] ? '<1%' : `${p}%`));
}
