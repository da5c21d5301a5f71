import { describe, expect, it } from 'vitest';
import { readTimeInput, resolveTimeInput } from '../../../shared/episode/time-input.js';

describe('a time typed in a time box', () => {
  it('is a time in M:SS, MM:SS or H:MM:SS', () => {
    expect(readTimeInput('6:05')).toEqual({ kind: 'at', sec: 365 });
    expect(readTimeInput(' 12:00 ')).toEqual({ kind: 'at', sec: 720 });
    expect(readTimeInput('1:02:03')).toEqual({ kind: 'at', sec: 3723 });
    expect(readTimeInput('0:00')).toEqual({ kind: 'at', sec: 0 });
  });

  it('is an offset with a sign', () => {
    expect(readTimeInput('+2')).toEqual({ kind: 'offset', seconds: 2 });
    expect(readTimeInput('-0:30')).toEqual({ kind: 'offset', seconds: -30 });
    expect(readTimeInput('+1:30')).toEqual({ kind: 'offset', seconds: 90 });
    expect(readTimeInput('- 5')).toEqual({ kind: 'offset', seconds: -5 });
  });

  it('refuses what could be read two ways, saying why', () => {
    expect(readTimeInput('6:75')).toEqual({ kind: 'invalid', message: '“6:75”: minutes and seconds go up to 59' });
    expect(readTimeInput('6:5')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('two digits (05, not 5)') });
    expect(readTimeInput('93')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('1:33 is 93 seconds') });
    expect(readTimeInput('1:2:03')).toMatchObject({ kind: 'invalid' });
    expect(readTimeInput('soon')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('is not a time') });
    expect(readTimeInput('+-2')).toMatchObject({ kind: 'invalid' });
  });

  it('gives a turn its new time, from its old one for an offset, never below zero', () => {
    expect(resolveTimeInput(readTimeInput('+2'), 60)).toBe(62);
    expect(resolveTimeInput(readTimeInput('-1:30'), 60)).toBe(0);
    expect(resolveTimeInput(readTimeInput('+2'), undefined)).toBeUndefined();
    expect(resolveTimeInput(readTimeInput('1:00'), undefined)).toBe(60);
    expect(resolveTimeInput(readTimeInput('6:75'), 10)).toBeUndefined();
  });
});
