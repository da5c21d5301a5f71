import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/csp.js';
import { REPO_ROOT } from '../support/paths.js';

const directives = (policy: string) => policy.split(';').map((d) => d.trim()).filter(Boolean);

describe('Content-Security-Policy', () => {
  it('is the same in the header as in renderer/index.html (bar what a meta tag cannot carry)', () => {
    const html = readFileSync(join(REPO_ROOT, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    // Browsers ignore frame-ancestors in a meta tag (and warn), so only the header has it.
    const headerOnly = ['frame-ancestors'];
    const header = directives(CONTENT_SECURITY_POLICY).filter((d) => !headerOnly.includes(d.split(' ')[0]!));
    expect(directives(meta!).filter((d) => !headerOnly.includes(d.split(' ')[0]!))).toEqual(header);
  });

  it('allows no script but the app’s own files', () => {
    expect(directives(CONTENT_SECURITY_POLICY)).toEqual(expect.arrayContaining(["script-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]));
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });
});
