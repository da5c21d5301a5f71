import type { TranscriptItem } from './items.js';

/** How many turns each speaker name has, most frequent first. */
export function speakerCounts(items: readonly TranscriptItem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) if (item.kind === 'turn' && item.who !== undefined) counts.set(item.who, (counts.get(item.who) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => b[1] - a[1]));
}

/** Why a speaker name looks wrong, with the likely intended name where there is one; undefined when it looks fine. */
export function speakerSuspicion(who: string, counts: ReadonlyMap<string, number>): { reason: string; suggestion?: string } | undefined {
  const trimmed = who.trim();
  if (trimmed !== who) return { reason: 'has spaces around it', suggestion: trimmed };
  // A paragraph pasted into `who` ends with a full stop too: call it a sentence, with no name to suggest.
  const words = who.split(/\s+/).length;
  if (words > 4 || who.length > 40 || /[.?!,;:]\s/.test(who) || who.includes('\n')) {
    return { reason: 'looks like a sentence, not a name' };
  }
  if (/[:.;,]$/.test(who)) return { reason: `ends with \`${who.slice(-1)}\``, suggestion: who.slice(0, -1).trim() };
  const own = counts.get(who) ?? 0;
  for (const [other, n] of counts) {
    if (other === who || n < Math.max(3, own * 3)) continue;
    if (looksLikeTypo(who, other)) return { reason: `is used ${own}× and looks like a typo of \`${other}\` (${n}×)`, suggestion: other };
  }
  return undefined;
}

function looksLikeTypo(name: string, common: string): boolean {
  const a = name.toLowerCase();
  const b = common.toLowerCase();
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4) return false;
  if (a.startsWith(b) || b.startsWith(a) || a.endsWith(b)) return true;
  return editDistance(a, b) <= (b.length >= 8 ? 2 : 1);
}

/** Levenshtein distance with adjacent transpositions (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
