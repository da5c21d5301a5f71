import { describe, expect, it } from 'vitest';
import { formatTime, isSexagesimalNumber, normaliseTime, parseTime } from '../../../shared/episode/time.js';

describe('time', () => {
  it('formats as the corpus does: M:SS below an hour, H:MM:SS above', () => {
    expect(formatTime(0)).toBe('0:00');
    expect(formatTime(93)).toBe('1:33');
    expect(formatTime(725)).toBe('12:05');
    expect(formatTime(3599)).toBe('59:59');
    expect(formatTime(3600)).toBe('1:00:00');
    expect(formatTime(3723)).toBe('1:02:03');
  });

  it('reads clock times and says which are malformed', () => {
    expect(parseTime('1:33')).toEqual({ sec: 93, wellFormed: true });
    expect(parseTime('1:02:03')).toEqual({ sec: 3723, wellFormed: true });
    expect(parseTime('37:567')?.wellFormed).toBe(false);
    expect(parseTime('62:23')).toEqual({ sec: 3743, wellFormed: false });
    expect(parseTime('1:5')?.wellFormed).toBe(false);
    expect(parseTime('62:23\nEleni')).toBeUndefined();
    expect(parseTime('soon')).toBeUndefined();
    expect(normaliseTime('62:23')).toBe('1:02:23');
  });

  it('knows which plain texts YAML 1.1 readers take for numbers', () => {
    expect(isSexagesimalNumber('1:33')).toBe(true);
    expect(isSexagesimalNumber('0:41')).toBe(true);
    expect(isSexagesimalNumber('1:02:03')).toBe(true);
    expect(isSexagesimalNumber('37:567')).toBe(false);
    expect(isSexagesimalNumber('Alexey')).toBe(false);
  });
});
