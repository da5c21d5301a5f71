import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../shared/errors.js';

describe('errorMessage', () => {
  it('is an error’s message, without its name', () => {
    expect(errorMessage(new TypeError('bad thing'))).toBe('bad thing');
  });

  it('is anything else thrown, as text', () => {
    expect(errorMessage('plain text')).toBe('plain text');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
  });
});
