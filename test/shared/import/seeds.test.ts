import { describe, expect, it } from 'vitest';
import { validateEpisode } from '../../../shared/episode/index.js';
import { newEpisode } from '../../../shared/episode/index.js';
import { ImportError, importRaw, type TranscriptImport } from '../../../shared/import/index.js';
import { nonDecreasing, secs, seedText, turnWords } from './support.js';

/** The words a raw seed holds: caption lines without their leading time, or all words of plain text. */
function inputWords(prefix: string): string[] {
  const text = seedText(prefix);
  if (prefix === '001') return text.split('\n').flatMap((line) => line.split(/\s+/).slice(1)).filter((w) => w !== '');
  return text.split(/\s+/).filter((w) => w !== '');
}

describe.each([
  ['001', 'captions', {}],
  ['002', 'text', {}],
  ['002', 'text', { durationSec: 3600 }],
] as const)('importing seed %s (%s) %j', (prefix, format, options) => {
  const result = importRaw(seedText(prefix), { file: `${prefix}.txt`, ...options }) as TranscriptImport;

  it('detects the format', () => expect(result.format).toBe(format));

  it('keeps every word of the input, in order, and invents none', () => {
    expect(turnWords(result.items).join(' ')).toBe(inputWords(prefix).join(' '));
  });

  it('gives times that never go backwards', () => expect(nonDecreasing(secs(result.items))).toBe(true));

  it('makes an episode with no error-level problem', () => {
    const problems = validateEpisode(newEpisode('seed', result.items));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('seed 000', () => {
  it('is refused as already being an episode file, naming what was expected', () => {
    expect(() => importRaw(seedText('000'), { file: '000.txt' })).toThrow(ImportError);
    expect(() => importRaw(seedText('000'), { file: '000.txt' })).toThrow(/^000\.txt: not a transcript this app can import: it already is an episode file.*expected video captions/);
  });
});
