import { describe, expect, it } from 'vitest';
import { importCaptions } from '../../../shared/import/index.js';
import { breakFigures, describeFigures, type BreakFigures } from './break-figures.js';
import { seedText } from './support.js';

/** The same figures for the importer before paragraphs followed sentence and speaker evidence (fixed-length paragraphs at reply words). */
const BEFORE: BreakFigures = { paragraphs: 260, realStarts: 101, startsFound: 77, breaks: 259, breaksAtTurns: 66, midSentence: 110 };

describe('paragraph breaks of the caption seed (001) against its real episode', () => {
  const figures = breakFigures(importCaptions(seedText('001')).items);

  it('breaks at the real sentence ends far more often, finding most real speaker changes', () => {
    console.log(`${describeFigures('seed 001 before', BEFORE)}\n${describeFigures('seed 001 now', figures)}`);
    expect(figures.realStarts).toBe(101);
    expect(figures.midSentence / figures.breaks).toBeLessThan(0.2);
    expect(figures.breaksAtTurns / figures.breaks).toBeGreaterThan(0.3);
    expect(figures.startsFound).toBeGreaterThanOrEqual(70);
  });
});
