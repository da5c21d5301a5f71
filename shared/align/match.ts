/**
 * Word matching between two long word sequences in linear memory: anchor on word sequences that occur
 * once in both (4 words down to 1), keep the longest in-order chain of them, and align what lies
 * between two anchors by dynamic programming with affine gap costs and fuzzy word matches. A gap
 * between anchors too large for a table is split by anchors unique within it, or aligned in a band.
 */
import { similarWords } from './words.js';

/** Longest anchors first: a 4-word sequence found once in both is far safer than a single word. */
const ANCHOR_LENGTHS = [4, 3, 2, 1];
/** Gaps with more cells than this look for anchors of their own before a table is made. */
const SPLIT_CELLS = 40_000;
/** The most cells one table may have (one byte each): larger gaps are aligned in a band around their diagonal. */
const MAX_CELLS = 4_000_000;

/** Scores of the gap alignment (higher is better). */
const EXACT = 2;
const FUZZY = 1;
const MISMATCH = -1;
const GAP_OPEN = -2;
const GAP_EXTEND = -0.5;

/** Sequences of word ids and what tells two different ids apart as similar words. */
export interface MatchInput {
  readonly a: Int32Array;
  readonly b: Int32Array;
  /** The word of each id. */
  readonly words: readonly string[];
}

/** For each word of `a`, the index of the word of `b` it matched, or -1. Matched indexes increase. */
export function matchWords(input: MatchInput): Int32Array {
  const match = new Int32Array(input.a.length).fill(-1);
  const similar = new Map<number, boolean>();
  const ctx: Context = { ...input, match, similar };
  alignRange(ctx, 0, input.a.length, 0, input.b.length);
  return match;
}

interface Context extends MatchInput {
  readonly match: Int32Array;
  readonly similar: Map<number, boolean>;
}

function alignRange(ctx: Context, aLo: number, aHi: number, bLo: number, bHi: number): void {
  const n = aHi - aLo;
  const m = bHi - bLo;
  if (n === 0 || m === 0) return;
  if (n * m > SPLIT_CELLS) {
    const chain = anchors(ctx, aLo, aHi, bLo, bHi);
    if (chain.length > 0) {
      let pa = aLo;
      let pb = bLo;
      for (const [i, j] of chain) {
        alignRange(ctx, pa, i, pb, j);
        ctx.match[i] = j;
        pa = i + 1;
        pb = j + 1;
      }
      alignRange(ctx, pa, aHi, pb, bHi);
      return;
    }
  }
  alignGap(ctx, aLo, aHi, bLo, bHi);
}

/** Word pairs of n-grams found exactly once in both ranges, longest first, as the longest chain increasing in both. */
function anchors(ctx: Context, aLo: number, aHi: number, bLo: number, bHi: number): [number, number][] {
  const { a, b } = ctx;
  const usedA = new Uint8Array(aHi - aLo);
  const usedB = new Uint8Array(bHi - bLo);
  const pairs: [number, number][] = [];
  for (const len of ANCHOR_LENGTHS) {
    const inA = uniqueGrams(a, aLo, aHi, len);
    const inB = uniqueGrams(b, bLo, bHi, len);
    for (const [key, i] of inA) {
      const j = inB.get(key);
      if (j === undefined || i < 0 || j < 0 || !sameGram(a, i, b, j, len)) continue;
      let free = true;
      for (let t = 0; t < len && free; t++) free = usedA[i + t - aLo] === 0 && usedB[j + t - bLo] === 0;
      if (!free) continue;
      for (let t = 0; t < len; t++) {
        usedA[i + t - aLo] = 1;
        usedB[j + t - bLo] = 1;
        pairs.push([i + t, j + t]);
      }
    }
  }
  pairs.sort((x, y) => x[0] - y[0]);
  return longestIncreasing(pairs);
}

/** The n-grams of a range that occur once in it, by hash, to their start (-1 for those occurring more often, or sharing a hash). */
function uniqueGrams(seq: Int32Array, lo: number, hi: number, len: number): Map<number, number> {
  const seen = new Map<number, number>();
  for (let i = lo; i + len <= hi; i++) {
    const key = gramHash(seq, i, len);
    seen.set(key, seen.has(key) ? -1 : i);
  }
  return seen;
}

/** A 53-bit hash of seq[i..i+len): two 32-bit multiplicative hashes side by side. */
function gramHash(seq: Int32Array, i: number, len: number): number {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x2545f491 | 0;
  for (let t = 0; t < len; t++) {
    const v = seq[i + t]!;
    h1 = Math.imul(h1 ^ v, 0x01000193);
    h2 = Math.imul(h2 + v + 0x9e3779b9, 0x85ebca6b) ^ (h2 >>> 13);
  }
  return (h1 >>> 0) * 0x200000 + (h2 & 0x1fffff);
}

/** True when seq x at i and seq y at j hold the same len ids (a hash may be shared). */
function sameGram(x: Int32Array, i: number, y: Int32Array, j: number, len: number): boolean {
  for (let t = 0; t < len; t++) if (x[i + t] !== y[j + t]) return false;
  return true;
}

/** The longest subsequence of pairs (sorted by first) whose seconds strictly increase (patience sorting). */
function longestIncreasing(pairs: readonly [number, number][]): [number, number][] {
  const tails: number[] = [];
  const back = new Int32Array(pairs.length);
  pairs.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    back[k] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = k;
  });
  const chain: [number, number][] = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = back[k]!) chain.push(pairs[k]!);
  return chain.reverse();
}

function pairScore(ctx: Context, x: number, y: number): number {
  if (x === y) return EXACT;
  const key = x * 4_194_304 + y;
  let same = ctx.similar.get(key);
  if (same === undefined) {
    same = similarWords(ctx.words[x]!, ctx.words[y]!);
    ctx.similar.set(key, same);
  }
  return same ? FUZZY : MISMATCH;
}

/** Traceback bits per cell: the state each of the three states came from. */
const FROM_M = 0;
const FROM_X = 1;
const FROM_Y = 2;

/**
 * Aligns a[aLo..aHi) with b[bLo..bHi) (Gotoh's affine-gap alignment) and records the pairs that are
 * exact or fuzzy matches. Scores are kept for two rows; the traceback takes one byte per cell, in a
 * band around the diagonal when the full table would be larger than MAX_CELLS.
 */
function alignGap(ctx: Context, aLo: number, aHi: number, bLo: number, bHi: number): void {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const width = n * (m + 1) <= MAX_CELLS ? m + 1 : Math.max(2, Math.floor(MAX_CELLS / n));
  const half = Math.floor(width / 2);
  // Row i covers columns [lo(i), lo(i) + width) ∩ [0, m].
  const lo = (i: number): number => (width > m ? 0 : Math.min(Math.max(0, Math.round((i * m) / n) - half), m + 1 - width));
  const trace = new Uint8Array((n + 1) * width);
  const NEG = -1e18;
  let pM = new Float64Array(m + 1).fill(NEG);
  let pX = new Float64Array(m + 1).fill(NEG); // a word of `a` unmatched (gap in b)
  let pY = new Float64Array(m + 1).fill(NEG); // a word of `b` unmatched
  pM[0] = 0;
  for (let j = 1; j <= Math.min(m, lo(0) + width - 1); j++) {
    pY[j] = GAP_OPEN + (j - 1) * GAP_EXTEND;
    trace[j - lo(0)] = (j === 1 ? FROM_M : FROM_Y) << 4;
  }
  let cM = new Float64Array(m + 1);
  let cX = new Float64Array(m + 1);
  let cY = new Float64Array(m + 1);
  for (let i = 1; i <= n; i++) {
    const l = lo(i);
    const h = Math.min(m, l + width - 1);
    const pl = lo(i - 1);
    const ph = Math.min(m, pl + width - 1);
    const ai = ctx.a[aLo + i - 1]!;
    for (let j = l; j <= h; j++) {
      let bits = 0;
      cM[j] = NEG;
      cX[j] = NEG;
      cY[j] = NEG;
      // M: a[i-1] with b[j-1].
      if (j >= 1 && j - 1 >= pl && j - 1 <= ph) {
        const s = pairScore(ctx, ai, ctx.b[bLo + j - 1]!);
        const fm = pM[j - 1]!;
        const fx = pX[j - 1]!;
        const fy = pY[j - 1]!;
        let best = fm;
        let from = FROM_M;
        if (fx > best) {
          best = fx;
          from = FROM_X;
        }
        if (fy > best) {
          best = fy;
          from = FROM_Y;
        }
        cM[j] = best + s;
        bits |= from;
      }
      // X: a[i-1] unmatched, from row i-1 same column.
      if (j >= pl && j <= ph) {
        const open = Math.max(pM[j]!, pY[j]!) + GAP_OPEN;
        const extend = pX[j]! + GAP_EXTEND;
        cX[j] = Math.max(extend, open);
        bits |= (extend >= open ? FROM_X : pM[j]! >= pY[j]! ? FROM_M : FROM_Y) << 2;
      }
      // Y: b[j-1] unmatched, from column j-1 same row.
      if (j >= 1 && j - 1 >= l) {
        const open = Math.max(cM[j - 1]!, cX[j - 1]!) + GAP_OPEN;
        const extend = cY[j - 1]! + GAP_EXTEND;
        cY[j] = Math.max(extend, open);
        bits |= (extend >= open ? FROM_Y : cM[j - 1]! >= cX[j - 1]! ? FROM_M : FROM_X) << 4;
      }
      trace[i * width + j - l] = bits;
    }
    [pM, cM] = [cM, pM];
    [pX, cX] = [cX, pX];
    [pY, cY] = [cY, pY];
  }
  // Trace back from the best state at (n, m).
  let i = n;
  let j = m;
  let state = pM[m]! >= pX[m]! && pM[m]! >= pY[m]! ? FROM_M : pX[m]! >= pY[m]! ? FROM_X : FROM_Y;
  while (i > 0 || j > 0) {
    const l = lo(i);
    if (j < l || j >= l + width) break; // outside the band: the rest stays unmatched
    const bits = trace[i * width + j - l]!;
    if (state === FROM_M) {
      if (i === 0 || j === 0) break;
      const ai = ctx.a[aLo + i - 1]!;
      const bj = ctx.b[bLo + j - 1]!;
      if (pairScore(ctx, ai, bj) > 0) ctx.match[aLo + i - 1] = bLo + j - 1;
      state = bits & 3;
      i--;
      j--;
    } else if (state === FROM_X) {
      if (i === 0) break;
      state = (bits >> 2) & 3;
      i--;
    } else {
      if (j === 0) break;
      state = (bits >> 4) & 3;
      j--;
    }
  }
}
