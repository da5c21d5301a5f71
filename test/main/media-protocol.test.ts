import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEDIA_PRIVILEGES, MEDIA_SCHEME, mediaUrl, serveMediaRequest } from '../../main/media-protocol.js';
import { CONTENT_SECURITY_POLICY } from '../../main/csp.js';
import { MediaFiles } from '../../main/services/media-server.js';

/** A registered file of 300 KB (more than one read of the web stream) whose byte i is i mod 256. */
function registered() {
  const path = join(mkdtempSync(join(tmpdir(), 'episode-media-protocol-')), 'talk.flac');
  const bytes = Buffer.from(Array.from({ length: 300 * 1024 }, (_, i) => i % 256));
  writeFileSync(path, bytes);
  const media = new MediaFiles({ allowOrigin: 'app://renderer' });
  return { media, url: mediaUrl(media.register(path)), bytes };
}

describe('the episode-media: protocol', () => {
  it('is a streaming, fetchable scheme that the CSP allows for media, without bypassing the CSP', () => {
    expect(MEDIA_PRIVILEGES).toMatchObject({ stream: true, supportFetchAPI: true, standard: true, secure: true });
    expect(MEDIA_PRIVILEGES).not.toHaveProperty('bypassCSP');
    expect(CONTENT_SECURITY_POLICY).toMatch(new RegExp(`media-src [^;]*${MEDIA_SCHEME}:[^;]*blob:`));
    expect(mediaUrl('abc')).toBe('episode-media://audio/abc');
  });

  it('streams the whole file as a web Response, with the page’s origin allowed', async () => {
    const { media, url, bytes } = registered();
    const response = await serveMediaRequest(media, new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/flac');
    expect(response.headers.get('access-control-allow-origin')).toBe('app://renderer');
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('answers ranges with 206 and the exact bytes, and 416 past the end', async () => {
    const { media, url, bytes } = registered();
    const response = await serveMediaRequest(media, new Request(url, { headers: { Range: 'bytes=262140-262149' } }));
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 262140-262149/${bytes.length}`);
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes.subarray(262140, 262150))).toBe(true);
    const past = await serveMediaRequest(media, new Request(url, { headers: { Range: `bytes=${bytes.length}-` } }));
    expect([past.status, past.headers.get('content-range')]).toEqual([416, `bytes */${bytes.length}`]);
  });

  it('answers 404 for any other host, token or scheme', async () => {
    const { media, url } = registered();
    const token = url.slice(url.lastIndexOf('/') + 1);
    for (const other of [`episode-media://elsewhere/${token}`, 'episode-media://audio/', `episode-media://audio/${token}/x`, `app://audio/${token}`]) {
      expect((await serveMediaRequest(media, new Request(other))).status, other).toBe(404);
    }
  });

  it('lets the reader cancel mid-file', async () => {
    const { media, url } = registered();
    const response = await serveMediaRequest(media, new Request(url));
    const reader = response.body!.getReader();
    expect((await reader.read()).value!.length).toBeGreaterThan(0);
    await reader.cancel();
  });
});
