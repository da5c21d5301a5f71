import { describe, expect, it } from 'vitest';
import { percentLabels } from '../../../shared/episode/shares.js';

describe('percentLabels', () => {
  it('gives a speaker with a few seconds <1%, and the rest 99%, not 100% beside 0%', () => {
    expect(percentLabels([3000, 5])).toEqual(['99%', '<1%']);
  });

  it('sums whole percents to 100 by the largest remainders', () => {
    expect(percentLabels([1, 1, 1])).toEqual(['34%', '33%', '33%']);
    expect(percentLabels([46.4, 43.6, 5, 5])).toEqual(['46%', '44%', '5%', '5%']);
  });

  it('says 0% only for nothing, and for every share of an empty whole', () => {
    expect(percentLabels([10, 0])).toEqual(['100%', '0%']);
    expect(percentLabels([0, 0])).toEqual(['0%', '0%']);
  });

  it('keeps the large shares whole when many tiny ones add up', () => {
    expect(percentLabels([997, 1, 1, 1])).toEqual(['99%', '<1%', '<1%', '<1%']);
  });
});
