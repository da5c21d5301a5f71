import { describe, expect, it } from 'vitest';
import { APP_START_URL, externalLinkTarget, isAppUrl } from '../../main/navigation.js';

describe('navigation rules', () => {
  it('trust only the app’s own pages', () => {
    expect(isAppUrl(APP_START_URL)).toBe(true);
    expect(isAppUrl('app://renderer/assets/index.js')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://renderer@evil.com/index.html')).toBe(false);
    expect(isAppUrl('https://renderer/index.html')).toBe(false);
    expect(isAppUrl('file:///app/build/renderer/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });

  it('hand only web links to the system browser', () => {
    expect(externalLinkTarget('https://datatalks.club/')).toBe('https://datatalks.club/');
    expect(externalLinkTarget('http://example.com/a b')).toBe('http://example.com/a%20b');
    expect(externalLinkTarget('file:///etc/passwd')).toBeNull();
    expect(externalLinkTarget('javascript:alert(1)')).toBeNull();
    expect(externalLinkTarget('smb://host/share')).toBeNull();
    expect(externalLinkTarget('::')).toBeNull();
  });
});
