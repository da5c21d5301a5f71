import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, readStaticFile, resolveStaticPath } from '../../../main/services/static-files.js';

describe('static files', () => {
  const root = '/srv/renderer';

  it('maps URL paths into the root, with / as index.html', () => {
    expect(resolveStaticPath(root, '/')).toBe('/srv/renderer/index.html');
    expect(resolveStaticPath(root, '/assets/index-1.js')).toBe('/srv/renderer/assets/index-1.js');
    expect(resolveStaticPath(root, '/a%20b.css')).toBe('/srv/renderer/a b.css');
  });

  it('refuses paths that climb out of the root or are malformed', () => {
    expect(resolveStaticPath(root, '/../secret')).toBeNull();
    expect(resolveStaticPath(root, '/%2e%2e/secret')).toBeNull();
    expect(resolveStaticPath(root, '/assets/%2e%2e%2f..%2fsecret')).toBeNull();
    expect(resolveStaticPath(root, '/../renderer-other/x.js')).toBeNull();
    expect(resolveStaticPath(root, '/%E0%A4%A')).toBeNull();
    expect(resolveStaticPath(root, '/a%00.js')).toBeNull();
  });

  it('names content types', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });

  it('reads regular files only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'episode-static-'));
    writeFileSync(join(dir, 'index.html'), '<p>hi</p>');
    expect(await readStaticFile(dir, '/')).toEqual({ body: Buffer.from('<p>hi</p>'), contentType: 'text/html; charset=utf-8' });
    expect(await readStaticFile(dir, '/missing.js')).toBeNull();
    expect(await readStaticFile(join(dir, '..'), `/${dir.split('/').pop()}`)).toBeNull();
  });
});
