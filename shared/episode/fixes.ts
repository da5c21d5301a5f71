/**
 * Quick fixes: for a problem validation reports, the change that repairs it, as a replacement of a
 * range of transcript items. Only the items a fix changes lose their original bytes; every other
 * item is passed through as the same object, so it is written back byte for byte.
 */
import type { EpisodeDocument } from './document.js';
import { withItems, withSec } from './edit.js';
import type { Header, ItemOrigin, TranscriptItem, Turn } from './items.js';
import type { Problem, ProblemCode } from './problems.js';
import { speakerCounts, speakerSuspicion } from './speakers.js';
import { formatTime, parseTime } from './time.js';
import { validateEpisode } from './validate.js';

/** A change that repairs one problem: items [from, to) become `items`. */
export interface Fix {
  /** The problem's code. */
  readonly code: ProblemCode;
  /** The item the problem is on. */
  readonly index: number;
  readonly from: number;
  readonly to: number;
  readonly items: readonly TranscriptItem[];
  /** What it changes, for people: `time 1:33 quoted`, `speaker 'Alexey:' → 'Alexey'`. */
  readonly description: string;
}

/** The codes `episode fix` applies without --only: those that change no words. */
export const SAFE_FIXES: readonly ProblemCode[] = ['time-unquoted', 'time-sec-mismatch', 'who-suspicious'];

/** Every code that has a fix (where the item allows one); the ones beyond SAFE_FIXES remove items or guess times. */
export const FIXABLE_CODES: readonly ProblemCode[] = [...SAFE_FIXES, 'time-malformed', 'line-duplicate', 'sec-decreasing', 'header-run'];

/** What the fixes of one document need to know about it, worked out once. */
interface Context {
  readonly doc: EpisodeDocument;
  readonly counts: Map<string, number>;
  /** Indices of the turns with a `sec`, in order. */
  readonly timed: readonly number[];
  /** Of `timed`, the turns whose sec is kept when times are made non-decreasing (the longest non-decreasing run, earliest first). */
  readonly inOrder: () => ReadonlySet<number>;
}

function contextOf(doc: EpisodeDocument): Context {
  const timed = doc.items.flatMap((item, i) => (item.kind === 'turn' && item.sec !== undefined ? [i] : []));
  let kept: ReadonlySet<number> | undefined;
  const inOrder = () => (kept ??= longestInOrder(doc.items, timed));
  return { doc, counts: speakerCounts(doc.items), timed, inOrder };
}

/** The fix for one problem validateEpisode reported on `doc`, or undefined when there is none. */
export function fixFor(doc: EpisodeDocument, problem: Problem): Fix | undefined {
  return fixerOf(doc)(problem);
}

/** The fixes of many problems of one document (the problems panel's, say), working out what they share once. */
export function fixerOf(doc: EpisodeDocument): (problem: Problem) => Fix | undefined {
  const context = contextOf(doc);
  return (problem) => fixWith(context, problem);
}

/** Fixes for every fixable problem of the given codes (default: SAFE_FIXES), in item order, none overlapping. */
export function fixesOf(doc: EpisodeDocument, codes: readonly ProblemCode[] = SAFE_FIXES): Fix[] {
  const context = contextOf(doc);
  const wanted = new Set(codes);
  const candidates = validateEpisode(doc)
    .filter((p) => wanted.has(p.code))
    .flatMap((p) => fixWith(context, p) ?? [])
    .sort((a, b) => a.from - b.from || a.index - b.index);
  const fixes: Fix[] = [];
  for (const fix of candidates) {
    // Two problems of one run share a fix; two fixes of one item would overwrite each other: the first wins.
    if (!fixes.some((f) => f.from < fix.to && fix.from < f.to)) fixes.push(fix);
  }
  return fixes;
}

/** The document with the fixes applied (as one change; later indices account for earlier removals). */
export function applyFixes(doc: EpisodeDocument, fixes: readonly Fix[]): EpisodeDocument {
  if (fixes.length === 0) return doc;
  const sorted = [...fixes].sort((a, b) => a.from - b.from);
  const items: TranscriptItem[] = [];
  let at = 0;
  for (const fix of sorted) {
    if (fix.from < at) throw new Error(`fixes overlap at item ${fix.from} (${fix.code})`);
    if (fix.to > doc.items.length || fix.from > fix.to) throw new Error(`fix of item ${fix.index} (${fix.code}) reaches past the transcript's ${doc.items.length} items`);
    items.push(...doc.items.slice(at, fix.from), ...fix.items);
    at = fix.to;
  }
  items.push(...doc.items.slice(at));
  return withItems(doc, items);
}

/** A fix as `fixEpisode` applied it, with the 1-based file line of its item as read (null for an item not from the file). */
export interface AppliedFix {
  readonly fix: Fix;
  readonly line: number | null;
}

/**
 * Applies the fixes of `codes` until none is left: one item can need two (a plain time and a wrong
 * speaker), and the second is found once the first is in. Returns the document and every fix applied.
 */
export function fixEpisode(doc: EpisodeDocument, codes: readonly ProblemCode[] = SAFE_FIXES, maxPasses = 5): { doc: EpisodeDocument; applied: AppliedFix[] } {
  const lines = new Map<TranscriptItem, number | null>();
  const lineOf = (item: TranscriptItem | undefined) => (item && lines.get(item)) ?? item?.origin?.line ?? null;
  const applied: AppliedFix[] = [];
  let current = doc;
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = fixesOf(current, codes);
    if (fixes.length === 0) break;
    for (const fix of fixes) {
      applied.push({ fix, line: lineOf(current.items[fix.index]) });
      // A changed item keeps the line of the item it replaces, for the fixes of later passes.
      const sameShape = fix.items.length === fix.to - fix.from;
      fix.items.forEach((item, i) => {
        if (!lines.has(item)) lines.set(item, item.origin?.line ?? (sameShape ? lineOf(current.items[fix.from + i]) : null));
      });
    }
    current = applyFixes(current, fixes);
  }
  return { doc: current, applied };
}

function fixWith(context: Context, problem: Problem): Fix | undefined {
  const index = problem.index;
  const item = index === null ? undefined : context.doc.items[index];
  if (index === null || !item) return undefined;
  if (item.kind === 'header') return problem.code === 'header-run' ? headerRunFix(context, index) : undefined;
  if (item.kind !== 'turn') return undefined;
  switch (problem.code) {
    case 'time-unquoted':
      return quoteTimeFix(index, item);
    case 'time-sec-mismatch':
      return timeSecFix(context, index, item);
    case 'time-malformed':
      return malformedTimeFix(context, index, item);
    case 'who-suspicious':
      return speakerFix(context, index, item);
    case 'line-duplicate':
      return duplicateFix(context, index, item);
    case 'sec-decreasing':
      return secOrderFix(context, index);
    default:
      return undefined;
  }
}

function replaceOne(code: ProblemCode, index: number, item: TranscriptItem, description: string): Fix {
  return { code, index, from: index, to: index + 1, items: [item], description };
}

/** `time: 1:33` becomes `time: '1:33'`: only that line of the item changes. */
function quoteTimeFix(index: number, turn: Turn): Fix | undefined {
  const plain = turn.origin?.plainTime;
  if (plain === undefined || turn.time !== plain) return undefined;
  return replaceOne('time-unquoted', index, quotedTime(turn, turn.origin!, plain), `time ${plain} quoted`);
}

function quotedTime(turn: Turn, origin: ItemOrigin, plain: string): Turn {
  const timeLine = new RegExp(`^( *(?:- )?time: )${plain.replace(/[^\w:]/g, '\\$&')}(?=\\r?$)`, 'gm');
  const matches = origin.text.match(timeLine)?.length ?? 0;
  if (matches === 1 && origin.value instanceof Map) {
    // The item's own bytes with the one time line quoted, as its writer quotes it; they load to the turn's fields.
    const value = new Map(origin.value).set('time', plain);
    const { plainTime: _quoted, ...rest } = origin;
    return { ...turn, origin: { ...rest, text: origin.text.replace(timeLine, `$1'${plain}'`), value } };
  }
  // An item written some other way is written anew, as `episode fmt` does.
  const { origin: _dropped, ...anew } = turn;
  return anew;
}

/** The secs of the nearest turns before and after `index` that have one. */
function neighbourSecs(context: Context, index: number): { before?: number; after?: number } {
  const { timed, doc } = context;
  const secOf = (i: number | undefined) => (i === undefined ? undefined : (doc.items[i] as Turn).sec);
  const after = timed.findIndex((i) => i > index);
  const before = (after < 0 ? timed.length : after) - (timed.includes(index) ? 2 : 1);
  return { before: secOf(timed[before]), after: secOf(after < 0 ? undefined : timed[after]) };
}

function fitsBetween(sec: number, { before, after }: { before?: number; after?: number }): boolean {
  return (before === undefined || sec >= before) && (after === undefined || sec <= after);
}

/** `time` from `sec`, or `sec` from `time` where the neighbours show the sec is the wrong one; a missing one from the other. */
function timeSecFix(context: Context, index: number, turn: Turn): Fix | undefined {
  const { sec, time } = turn;
  const parsed = time === undefined ? undefined : parseTime(time);
  const code = 'time-sec-mismatch';
  if (sec !== undefined && time === undefined) return replaceOne(code, index, withSec(turn, sec), `time '${formatTime(sec)}' added (from sec ${sec})`);
  if (!parsed?.wellFormed) return undefined;
  if (sec === undefined) return replaceOne(code, index, { ...turn, sec: parsed.sec }, `sec ${parsed.sec} added (from time '${time}')`);
  if (parsed.sec === sec) return undefined;
  const neighbours = neighbourSecs(context, index);
  if (!fitsBetween(sec, neighbours) && fitsBetween(parsed.sec, neighbours)) {
    return replaceOne(code, index, { ...turn, sec: parsed.sec }, `sec ${sec} → ${parsed.sec} (from time '${time}'; sec ${sec} is out of order with the turns around it)`);
  }
  return replaceOne(code, index, withSec(turn, sec), `time '${time}' → '${formatTime(sec)}' (from sec ${sec})`);
}

/** A malformed time (`60:08`, `9:\n46`) from the turn's sec, where that sec is in order with the turns around it. */
function malformedTimeFix(context: Context, index: number, turn: Turn): Fix | undefined {
  const { sec, time } = turn;
  if (sec === undefined || time === undefined || !fitsBetween(sec, neighbourSecs(context, index))) return undefined;
  return replaceOne('time-malformed', index, withSec(turn, sec), `time ${JSON.stringify(time)} → '${formatTime(sec)}' (from sec ${sec})`);
}

/** The speaker validation suggests: `Alexey:` → `Alexey`, ` Alexey ` → `Alexey`, `Alexeylexey` → `Alexey`. */
function speakerFix(context: Context, index: number, turn: Turn): Fix | undefined {
  if (turn.who === undefined) return undefined;
  let who = turn.who;
  // `Alexey: ` needs two steps (the space, then the colon).
  for (let step = 0; step < 3; step++) {
    const next = speakerSuspicion(who, context.counts)?.suggestion;
    if (next === undefined || next === '' || next === who) break;
    who = next;
  }
  if (who === turn.who) return undefined;
  return replaceOne('who-suspicious', index, { ...turn, who }, `speaker ${quote(turn.who)} → ${quote(who)}`);
}

const wordsOf = (text: string) => text.trim().replace(/\s+/g, ' ');

/**
 * A paragraph that repeats the one directly before it: the copy that carries less (no time, no
 * speaker) goes; when both carry the same, the second goes. Two turns that disagree on their time or
 * speaker ("Bye." said by both) are no duplicate.
 */
function duplicateFix(context: Context, index: number, turn: Turn): Fix | undefined {
  const before = context.doc.items[index - 1];
  if (before?.kind !== 'turn' || wordsOf(before.line) !== wordsOf(turn.line) || wordsOf(turn.line) === '') return undefined;
  const fields = ['sec', 'time', 'who'] as const;
  if (fields.some((f) => before[f] !== undefined && turn[f] !== undefined && before[f] !== turn[f])) return undefined;
  const onlyIn = (a: Turn, b: Turn) => fields.filter((f) => a[f] !== undefined && b[f] === undefined);
  const turnAdds = onlyIn(turn, before);
  const beforeAdds = onlyIn(before, turn);
  if (turnAdds.length > 0 && beforeAdds.length > 0) return undefined;
  if (turnAdds.length === 0) return removal(context, 'line-duplicate', index, index, index + 1, 'removed: repeats the paragraph before');
  const where = before.origin ? ` (line ${before.origin.line})` : '';
  return removal(context, 'line-duplicate', index, index - 1, index, `removed the copy before it${where}, which has no ${listed(turnAdds)}`);
}

/** A run of headers: the site shows only the last, so the ones before it (from this one on) go. */
function headerRunFix(context: Context, index: number): Fix | undefined {
  const { items } = context.doc;
  let last = index;
  while (items[last + 1]?.kind === 'header') last++;
  if (last === index) return undefined;
  const removed = (items.slice(index, last) as Header[]).map((h) => quote(h.header)).join(', ');
  return removal(context, 'header-run', index, index, last, `removed header ${removed}: the site shows only the last, ${quote((items[last] as Header).header)}`);
}

/** Items [from, to) removed; blank and comment lines after them stay, on the item before (or after) them. */
function removal(context: Context, code: ProblemCode, index: number, from: number, to: number, description: string): Fix {
  const { items } = context.doc;
  const trivia = items.slice(from, to).map((item) => item.trivia ?? '').join('');
  if (trivia === '') return { code, index, from, to, items: [], description };
  const before = items[from - 1];
  if (before) return { code, index, from: from - 1, to, items: [{ ...before, trivia: (before.trivia ?? '') + trivia }], description };
  const after = items[to];
  if (after) return { code, index, from, to: to + 1, items: [{ ...after, trivia: trivia + (after.trivia ?? '') }], description };
  return { code, index, from, to, items: [], description };
}

/**
 * Times made non-decreasing: the turns outside the longest non-decreasing run of secs (the ones that
 * go back, or the one that jumps ahead of them) get times interpolated by word count between the
 * kept times around them, flagged estimated. One fix covers the run of such turns at the problem.
 */
function secOrderFix(context: Context, index: number): Fix | undefined {
  const { doc, timed } = context;
  const kept = context.inOrder();
  const at = timed.indexOf(index);
  if (at < 0) return undefined;
  // The turn that goes back, or else the turns before it that went ahead.
  let first = kept.has(index) ? at - 1 : at;
  if (first < 0 || kept.has(timed[first]!)) return undefined;
  let last = first;
  while (first > 0 && !kept.has(timed[first - 1]!)) first--;
  while (last + 1 < timed.length && !kept.has(timed[last + 1]!)) last++;
  const prev = first > 0 ? timed[first - 1] : undefined;
  const next = last + 1 < timed.length ? timed[last + 1] : undefined;
  const from = timed[first]!;
  const to = timed[last]! + 1;

  const startSec = prev === undefined ? 0 : (doc.items[prev] as Turn).sec!;
  const endSec = next === undefined ? undefined : (doc.items[next] as Turn).sec!;
  // Words spoken from the previous kept turn up to each item: a turn starts that share of the way along.
  const wordsBefore = new Map<number, number>();
  let words = 0;
  for (let i = prev ?? 0; i < (next ?? doc.items.length); i++) {
    wordsBefore.set(i, words);
    const item = doc.items[i]!;
    words += item.kind === 'turn' ? Math.max(1, wordCount(item.line)) : 0;
  }
  // After the last good time there is nothing to interpolate to: the episode's own speaking rate says how far.
  const rate = endSec === undefined ? speakingRate(context, kept) : 0;
  const secAt = (i: number): number => {
    const w = wordsBefore.get(i)!;
    if (endSec === undefined) return Math.round(startSec + w / rate);
    return Math.min(endSec, Math.max(startSec, Math.round(startSec + ((endSec - startSec) * w) / words)));
  };

  const changes: string[] = [];
  const items = doc.items.slice(from, to).map((item, k) => {
    const i = from + k;
    if (item.kind !== 'turn' || item.sec === undefined || kept.has(i)) return item;
    const sec = secAt(i);
    changes.push(`${item.time ?? formatTime(item.sec)} → ${formatTime(sec)}`);
    return { ...withSec(item, sec), estimated: true };
  });
  const between = endSec === undefined ? `after ${formatTime(startSec)}` : endSec === startSec ? `at ${formatTime(startSec)}` : `between ${formatTime(startSec)} and ${formatTime(endSec)}`;
  const turns = changes.length === 1 ? 'time' : `${changes.length} times`;
  return { code: 'sec-decreasing', index, from, to, items, description: `${turns} interpolated ${between} (estimated): ${changes.join(', ')}` };
}

function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/** Words per second over the episode's in-order turns, for turns after the last good time (150 a minute when unknown). */
function speakingRate(context: Context, kept: ReadonlySet<number>): number {
  const { doc } = context;
  const good = context.timed.filter((i) => kept.has(i));
  const firstIndex = good[0];
  const lastIndex = good[good.length - 1];
  if (firstIndex === undefined || lastIndex === undefined) return 2.5;
  const seconds = (doc.items[lastIndex] as Turn).sec! - (doc.items[firstIndex] as Turn).sec!;
  let words = 0;
  for (let i = firstIndex; i < lastIndex; i++) {
    const item = doc.items[i]!;
    if (item.kind === 'turn') words += wordCount(item.line);
  }
  return seconds > 0 && words > 0 ? words / seconds : 2.5;
}

/**
 * Of the timed turns, those in a longest non-decreasing run of secs, preferring earlier turns on a
 * tie: so in 100, 200, 150, 250 it is the 150 that goes back, and in 100, 900, 150, 160 the 900.
 */
function longestInOrder(items: readonly TranscriptItem[], timed: readonly number[]): ReadonlySet<number> {
  const secs = timed.map((i) => (items[i] as Turn).sec!);
  // longestFrom[k]: the longest non-decreasing run starting at k; best[n]: the largest start of a run of n + 1.
  const longestFrom: number[] = new Array<number>(secs.length);
  const best: number[] = [];
  for (let k = secs.length - 1; k >= 0; k--) {
    const sec = secs[k]!;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (best[mid]! >= sec) lo = mid + 1;
      else hi = mid;
    }
    longestFrom[k] = lo + 1;
    if (lo === best.length) best.push(sec);
    else best[lo] = Math.max(best[lo]!, sec);
  }
  const kept = new Set<number>();
  let need = best.length;
  let floor = -Infinity;
  secs.forEach((sec, k) => {
    if (need > 0 && sec >= floor && longestFrom[k] === need) {
      kept.add(timed[k]!);
      floor = sec;
      need--;
    }
  });
  return kept;
}

/** `a`, `a or b`, `a, b or c`. */
function listed(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function quote(text: string): string {
  const one = text.replace(/\n/g, '⏎');
  return `'${one.length > 60 ? `${one.slice(0, 59)}…` : one}'`;
}
