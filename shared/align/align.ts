/**
 * Aligns a transcript's turns to a caption track: the words of both are matched (match.ts), each turn
 * takes the time of its first reliably matched word, and the others are interpolated by word position
 * through the caption words around them.
 */
import type { TranscriptItem, Turn } from '../episode/items.js';
import type { CaptionWord } from './captions.js';
import { matchWords } from './match.js';
import { snapToPause } from './pauses.js';
import { detectShift } from './shift.js';
import { summarise } from './summary.js';
import type { Alignment, AlignOptions, TurnTiming } from './types.js';
import { WordIds, alignWords } from './words.js';

/** Seconds per word of speech (about 200 words a minute): how far before its first matched word a turn starts per word before it. */
const SEC_PER_WORD = 0.3;
/** How far back (caption words, after the previous match) a turn's first word is looked for again, for a restart. */
const RESTART_REACH = 8;
/**
 * A restart is said at once: its first try is at most this long before the word matched. On the
 * synthetic episode, `Was this 2018? | 2018, yeah. | I was…`, the question's misheard tail (`all the i
 * to use`) held an `i` 9.5 s before the answer's, and the turn took it.
 */
const RESTART_SEC = 4;

/** The matching of the text words to the caption words. */
interface Matched {
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly match: Int32Array;
  readonly reliable: { readonly ok: Uint8Array; readonly count: number };
  readonly capSec: readonly number[];
}
/** A turn counts as matched only when one of its first this many words is reliably matched. */
const FIRST_WORDS = 8;
/** A matched word is reliable with at least this many consistent matches among the words around it. */
const NEIGHBOURS_NEEDED = 2;
const NEIGHBOURS_BEFORE = 3;
const NEIGHBOURS_AFTER = 4;
/** Neighbours are consistent when their caption index is at most this much further from the word's than their text index. */
const NEIGHBOUR_SLACK = 4;
/**
 * …and their caption time at most this long a word (their text distance and the slack) from the word's:
 * a match across a long silence is another sentence's word. On the synthetic episode, the `the` of
 * `From the user point of view` matched the one the recogniser heard 12 s before `point` (the previous
 * turn's `recommend the next best move`) and put the turn 11 s early.
 */
const NEIGHBOUR_SEC_PER_WORD = 1.5;
/**
 * After a question, how far a turn's start moves back (as a share of their time) over the caption words
 * the text lacks between the question's last word and the answer's first: on the real pair (seeds/001),
 * halfway put every turn start within 2 s (0: one 4 s off; all the way: 104/106 within 2 s).
 */
const AFTER_QUESTION = 0.5;
/** A paragraph repeating one of this many turns before it word for word is a paragraph pasted twice. */
const REPEAT_REACH = 3;

/** A line ending with a question mark (and perhaps closing quotes, brackets or a note). */
const QUESTION_END = /\?["”’)\]\s]*(\[[^\]]*\]\s*)?$/u;

interface TextTurn {
  readonly index: number;
  readonly turn: Turn;
  /** Its words' range in the text word sequence. */
  readonly from: number;
  readonly to: number;
  /** For a paragraph pasted twice, the text turn it repeats. */
  readonly twin?: number;
  /** Whether the turn before it ends with a question. */
  readonly afterQuestion: boolean;
}

/**
 * Aligns the turns of `items` to caption words (in time order, as `captionWords` reads them). Every
 * turn with a time (all turns when none has one, or with `timeUntimed`) gets a start; headers and other
 * items are left alone. Robust to misheard and missing words, fillers, stretches missing on either
 * side, paragraphs pasted twice and times going back in the episode. Linear memory in the words.
 */
export function alignToCaptions(items: readonly TranscriptItem[], captions: readonly CaptionWord[], options: AlignOptions = {}): Alignment {
  const ids = new WordIds();
  const timeUntimed = options.timeUntimed ?? !items.some((item) => item.kind === 'turn' && item.sec !== undefined);
  const text: number[] = [];
  const turns: TextTurn[] = [];
  items.forEach((item, index) => {
    if (item.kind !== 'turn') return;
    const words = alignWords(item.line);
    const key = words.join(' ');
    const afterQuestion = turns.length > 0 && QUESTION_END.test(turns[turns.length - 1]!.turn.line);
    const twin = key === '' ? -1 : turns.findIndex((t, k) => k >= turns.length - REPEAT_REACH && t.twin === undefined && t.to - t.from === words.length && text.slice(t.from, t.to).map((id) => ids.words[id]).join(' ') === key);
    if (twin >= 0) {
      turns.push({ index, turn: item, from: text.length, to: text.length, twin, afterQuestion });
      return;
    }
    const from = text.length;
    for (const w of words) text.push(ids.id(w));
    turns.push({ index, turn: item, from, to: text.length, afterQuestion });
  });
  const capIds: number[] = [];
  const capSec: number[] = [];
  for (const c of captions) {
    for (const w of alignWords(c.word)) {
      capIds.push(ids.id(w));
      capSec.push(c.sec);
    }
  }
  const a = Int32Array.from(text);
  const b = Int32Array.from(capIds);
  const match = matchWords({ a, b, words: ids.words });
  const reliable = reliableWords(match, capSec);
  const matched: Matched = { a, b, match, reliable, capSec };
  const starts = turns.map((t) => matchedStart(t, matched));
  keepInOrder(starts);
  const place = new Interpolator(match, reliable, capSec, a.length);

  const keepWithinSec = options.keepWithinSec ?? 0;
  const timings: TurnTiming[] = [];
  const captionSecs: number[] = [];
  const hows: TurnTiming['how'][] = [];
  let floor = 0;
  turns.forEach((t, k) => {
    let captionSec: number;
    let how: TurnTiming['how'];
    const before = turns[k - 1]?.turn;
    if (before && t.turn.sec !== undefined && before.sec === t.turn.sec && before.who === t.turn.who) {
      // A paragraph sharing the time of the turn before it (same speaker) goes on sharing it.
      captionSec = captionSecs[k - 1]!;
      how = hows[k - 1]!;
    } else if (t.twin !== undefined) {
      captionSec = captionSecs[t.twin]!;
      how = 'repeat';
    } else if (starts[k] !== undefined) {
      captionSec = starts[k]!;
      how = 'matched';
    } else {
      const next = starts.slice(k + 1).find((s) => s !== undefined) ?? Infinity;
      captionSec = Math.min(Math.max(place.at(t.from), floor), next);
      how = 'interpolated';
    }
    if (options.snapToPauses && captionSecs.length > 0) {
      // Never onto or past the next turn's start: a one-word turn ("Yes.") would take the pause before it.
      const next = starts.slice(k + 1).find((s) => s !== undefined) ?? Infinity;
      captionSec = Math.min(Math.max(snapToPause(captionSec, how, capSec, floor, next), floor), next);
    }
    captionSecs.push(captionSec);
    hows.push(how);
    floor = Math.max(floor, captionSec);
    if (reliable.count === 0) return;
    if (t.turn.sec === undefined && t.turn.time === undefined && !timeUntimed) return;
    const oldSec = t.turn.sec;
    timings.push({ index: t.index, oldSec, captionSec, sec: writtenSec(captionSec, oldSec, 0, keepWithinSec), how, estimated: how !== 'matched' });
  });
  return {
    turns: timings,
    summary: summarise(timings, { textWords: a.length, captionWords: capIds.length, matchedWords: reliable.count }),
    shift: detectShift(timings),
    shiftUndone: false,
    keepWithinSec,
  };
}

/** The whole second to write for a caption-timeline start, less `shift`, kept at the old time when within `keepWithinSec` of it. */
export function writtenSec(captionSec: number, oldSec: number | undefined, shift: number, keepWithinSec: number): number {
  const sec = Math.max(0, Math.round(captionSec - shift));
  return oldSec !== undefined && Math.abs(sec - oldSec) <= keepWithinSec ? oldSec : sec;
}

/** Which matched text words have enough consistent matched neighbours, and caption times that do not go back. */
function reliableWords(match: Int32Array, capSec: readonly number[]): { readonly ok: Uint8Array; readonly count: number } {
  const ok = new Uint8Array(match.length);
  let count = 0;
  let last = -Infinity;
  for (let k = 0; k < match.length; k++) {
    const j = match[k]!;
    if (j < 0 || capSec[j]! < last) continue;
    let consistent = 0;
    for (let q = Math.max(0, k - NEIGHBOURS_BEFORE); q <= Math.min(match.length - 1, k + NEIGHBOURS_AFTER); q++) {
      const jq = match[q]!;
      if (q === k || jq < 0) continue;
      const reach = Math.abs(q - k) + NEIGHBOUR_SLACK;
      if (Math.abs(jq - j) <= reach && Math.abs(capSec[jq]! - capSec[j]!) <= reach * NEIGHBOUR_SEC_PER_WORD) consistent++;
    }
    if (consistent >= Math.min(NEIGHBOURS_NEEDED, match.length - 1)) {
      ok[k] = 1;
      count++;
      last = capSec[j]!;
    }
  }
  return { ok, count };
}

/**
 * A turn's start from its first reliably matched word among its first few (or an earlier try of it),
 * less a little per text word before it; undefined when none.
 */
function matchedStart(t: TextTurn, m: Matched): number | undefined {
  const { a, b, match, reliable, capSec } = m;
  for (let k = t.from; k < Math.min(t.to, t.from + FIRST_WORDS); k++) {
    if (!reliable.ok[k]) continue;
    let j = match[k]!;
    let previous = -1;
    let previousAt = t.from;
    while (previous < 0 && previousAt > 0) previous = match[--previousAt]!;
    // A restart (`how much do you think no how much do you think that`, `yeah yeah I am yeah that`):
    // the turn starts at the first try, the earliest unmatched caption word like its first matched one.
    // (Pulling back over every unmatched caption word before it was tried: it put starts early.)
    const first = j;
    for (let q = j - 1; q > previous && q >= first - RESTART_REACH && capSec[first]! - capSec[q]! <= RESTART_SEC; q--) if (b[q] === a[k]) j = q;
    // After a question that ends on a matched word, the caption words neither turn has (`…Club? | yeah
    // so this is uh | I think…`) may be the answer's start or the question's tail.
    if (t.afterQuestion && k === t.from && previous >= 0 && previousAt === t.from - 1 && j - previous > 1) {
      return capSec[j]! - AFTER_QUESTION * (capSec[j]! - capSec[previous + 1]!);
    }
    return Math.max(0, capSec[j]! - SEC_PER_WORD * (k - t.from));
  }
  return undefined;
}

/** Drops matched starts that break the order of the others (the fewest, by the longest non-decreasing run). */
function keepInOrder(starts: (number | undefined)[]): void {
  const at = starts.flatMap((s, k) => (s === undefined ? [] : [k]));
  const tails: number[] = [];
  const back = new Int32Array(at.length);
  at.forEach((k, n) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[at[tails[mid]!]!]! <= starts[k]!) lo = mid + 1;
      else hi = mid;
    }
    back[n] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = n;
  });
  const keep = new Set<number>();
  for (let n = tails.length > 0 ? tails[tails.length - 1]! : -1; n >= 0; n = back[n]!) keep.add(at[n]!);
  for (const k of at) if (!keep.has(k)) starts[k] = undefined;
}

/**
 * Times for text positions without a reliable match: the caption position is interpolated between the
 * reliably matched words around it by text position, and its time read from the caption words there, so
 * that a silence between two caption words is crossed only where the text crosses it.
 */
class Interpolator {
  private readonly anchors: number[] = [];

  constructor(
    private readonly match: Int32Array,
    reliable: { readonly ok: Uint8Array },
    private readonly capSec: readonly number[],
    length: number,
  ) {
    for (let k = 0; k < length; k++) if (reliable.ok[k]) this.anchors.push(k);
  }

  /** The estimated time of text position `k` (a position may be the end of the text). */
  at(k: number): number {
    const { anchors: at, match, capSec } = this;
    if (at.length === 0) return 0;
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! < k) lo = mid + 1;
      else hi = mid;
    }
    const next = at[lo];
    const prev = at[lo - 1];
    if (prev === undefined) return Math.max(0, capSec[match[next!]!]! - SEC_PER_WORD * (next! - k));
    if (next === undefined) return capSec[match[prev]!]! + SEC_PER_WORD * (k - prev);
    const j1 = match[prev]!;
    const j2 = match[next]!;
    const j = j1 + ((k - prev) / (next - prev)) * (j2 - j1);
    const below = Math.floor(j);
    const t1 = capSec[below]!;
    const t2 = capSec[Math.min(below + 1, j2)]!;
    return t1 + (j - below) * (t2 - t1);
  }
}
