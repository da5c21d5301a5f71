import type { TranscriptItem } from '../../../shared/episode/index.js';

/** Colours that stay apart on a light background, in the order speakers first appear. */
const PALETTE = ['#1f6fd1', '#c2410c', '#15803d', '#9333ea', '#be123c', '#0e7490', '#a16207', '#4d7c0f', '#7c3aed', '#b45309'];

/** A speaker → colour map: the host gets the first colour, the next speaker the second, and so on. */
export function speakerColors(items: readonly TranscriptItem[]): ReadonlyMap<string, string> {
  const colors = new Map<string, string>();
  for (const item of items) {
    if (item.kind !== 'turn' || item.who === undefined || colors.has(item.who)) continue;
    colors.set(item.who, PALETTE[colors.size % PALETTE.length]!);
  }
  return colors;
}
