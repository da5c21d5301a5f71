import { readFileSync } from 'node:fs';
import { parseEpisode, type TranscriptItem } from '../../../shared/episode/index.js';
import { fixture, seed } from '../../support/paths.js';

/** A seed's text by its number prefix. */
export const seedText = (prefix: string): string => readFileSync(seed(prefix), 'utf8');

/** An import fixture's text. */
export const importFixture = (name: string): string => readFileSync(fixture('import', name), 'utf8');

/** All words of the turns' lines, in order (split on whitespace). */
export function turnWords(items: readonly TranscriptItem[]): string[] {
  return items.flatMap((item) => (item.kind === 'turn' ? item.line.split(/\s+/).filter((w) => w !== '') : []));
}

/** The `sec` of every timed turn, in order. */
export function secs(items: readonly TranscriptItem[]): number[] {
  return items.flatMap((item) => (item.kind === 'turn' && item.sec !== undefined ? [item.sec] : []));
}

/** True when no value is below the one before it. */
export function nonDecreasing(values: readonly number[]): boolean {
  return values.every((v, i) => i === 0 || v >= values[i - 1]!);
}

/** Word counts of the turns bucketed for a printed distribution. */
export function lengthDistribution(items: readonly TranscriptItem[]): Record<string, number> {
  const buckets: Record<string, number> = { '<15': 0, '15-30': 0, '31-60': 0, '61-90': 0, '91-120': 0, '>120': 0 };
  for (const item of items) {
    if (item.kind !== 'turn') continue;
    const n = item.line.split(/\s+/).length;
    const key = n < 15 ? '<15' : n <= 30 ? '15-30' : n <= 60 ? '31-60' : n <= 90 ? '61-90' : n <= 120 ? '91-120' : '>120';
    buckets[key]!++;
  }
  return buckets;
}

/** The turns among seed 000's first 30 items, from which the text fixtures were written (make_fixtures.py). */
export function seedTurns(): { line: string; sec: number; who: string }[] {
  return parseEpisode(seedText('000'), 'seed.md')
    .items.slice(0, 30)
    .flatMap((item) => (item.kind === 'turn' ? [{ line: item.line, sec: item.sec!, who: item.who! }] : []));
}
