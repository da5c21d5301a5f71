import { readFileSync } from 'node:fs';
import { applyAlignment, captionWords, type Alignment, type CaptionWord } from '../../../shared/align/index.js';
import { parseEpisode, type TranscriptItem } from '../../../shared/episode/index.js';
import { corpusFile, seed } from '../../support/paths.js';

/** The real pair: the anniversary episode as published, and its video's auto-captions (seeds/001). */
export const EPISODE = corpusFile('episodes', 'datatalksclub-building-sustainable-data-community-3-years-anniversary.md');
export const published: readonly TranscriptItem[] = parseEpisode(readFileSync(EPISODE, 'utf8'), EPISODE).items;
export const captions: readonly CaptionWord[] = captionWords(readFileSync(seed('001'), 'utf8'), seed('001'));

/** The items with every turn's sec and time removed (as new items, without their file bytes). */
export function stripped(items: readonly TranscriptItem[]): TranscriptItem[] {
  return items.map((item) => {
    if (item.kind !== 'turn') return item;
    const { sec: _sec, time: _time, origin: _origin, ...rest } = item;
    return rest;
  });
}

/** Turn starts: indexes of turns whose published sec differs from the previous timed item's. */
export function turnStarts(items: readonly TranscriptItem[]): number[] {
  let previous: number | undefined;
  const starts: number[] = [];
  items.forEach((item, index) => {
    if (item.kind !== 'turn' || item.sec === undefined) return;
    if (item.sec !== previous) starts.push(index);
    previous = item.sec;
  });
  return starts;
}

/** How far each of `starts` lands from the time `want` gives it, once the alignment is applied to `base`. */
export function startErrors(alignment: Alignment, base: readonly TranscriptItem[], starts: readonly number[], want: (index: number) => number): number[] {
  const aligned = applyAlignment(base, alignment);
  return starts.map((k) => {
    const got = aligned[k]!;
    return got.kind === 'turn' && got.sec !== undefined ? Math.abs(got.sec - want(k)) : Infinity;
  });
}

/** The published sec of item `k`. */
export function publishedSec(k: number): number {
  const item = published[k]!;
  if (item.kind !== 'turn' || item.sec === undefined) throw new Error(`item ${k} has no published sec`);
  return item.sec;
}

export const within = (errors: readonly number[], sec: number): number => errors.filter((e) => e <= sec).length;
