import { describe, expect, it } from 'vitest';
import { baseName } from '../../shared/paths.js';

describe('baseName', () => {
  it('is the part after the last separator, for paths of any platform', () => {
    expect(baseName('/home/a/talk.md')).toBe('talk.md');
    expect(baseName('C:\\Users\\a\\talk.srt')).toBe('talk.srt');
    expect(baseName('mixed/dir\\talk.vtt')).toBe('talk.vtt');
  });

  it('is the whole text without a separator, and empty after a trailing one', () => {
    expect(baseName('talk.md')).toBe('talk.md');
    expect(baseName('')).toBe('');
    expect(baseName('/home/a/')).toBe('');
  });
});
