import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/csp.js';
import { startTestHarness, stopHarnesses } from './support.js';

afterEach(stopHarnesses);

/** A harness over a stand-in renderer, with the seed as its episode only when asked. */
const start = (options: { episode?: boolean } = {}) => startTestHarness({ episode: options.episode ?? false });

describe('harness', () => {
  it('listens on 127.0.0.1 only, at an address with this run’s token', async () => {
    const { harness } = await start();
    expect(harness.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/t\/[0-9a-f]{32}$/);
    expect(harness.url).toBe(`${harness.origin}/t/${harness.token}`);
    expect(harness.port).toBeGreaterThan(0);
    const other = await start();
    expect(other.harness.token).not.toBe(harness.token);
  });

  it('refuses every API, test and media request without the token: a plain fetch from another process gets 403', async () => {
    const { harness, episode } = await start({ episode: true });
    const json = { method: 'POST', headers: { 'Content-Type': 'application/json' } };
    const read = await fetch(`${harness.origin}/api/openRawTranscript`, { ...json, body: JSON.stringify({ path: episode }) });
    expect(read.status).toBe(403);
    expect(await read.json()).toEqual({ ok: false, error: `/api/openRawTranscript: refused: the harness answers only requests with this run's token (open the address it printed, ${harness.origin}/t/<token>)` });
    expect((await fetch(`${harness.origin}/api/initialEpisode`, { ...json, body: '' })).status).toBe(403);
    expect((await fetch(`${harness.origin}/harness/dialog`, { ...json, body: JSON.stringify({ open: '/etc/passwd' }) })).status).toBe(403);
    expect((await fetch(`${harness.origin}/harness/state`)).status).toBe(403);
    expect((await fetch(`${harness.origin}/api/events`)).status).toBe(403);
    expect((await fetch(`${harness.origin}/media/0123456789abcdef0123456789abcdef`)).status).toBe(403);
    // A wrong token, in the path or the cookie, is no token.
    const wrong = 'f'.repeat(32);
    expect((await fetch(`${harness.origin}/t/${wrong}/api/initialEpisode`, { ...json, body: '' })).status).toBe(403);
    expect((await fetch(`${harness.origin}/api/initialEpisode`, { ...json, body: '', headers: { ...json.headers, Cookie: `harness-token-${harness.port}=${wrong}` } })).status).toBe(403);
    // The renderer's own files are no secret.
    expect((await fetch(`${harness.origin}/`)).status).toBe(200);
  });

  it('gives the page opened at its address the token as a cookie, which the page’s own requests then carry', async () => {
    const { harness } = await start({ episode: true });
    const opened = await fetch(harness.url, { redirect: 'manual' });
    expect(opened.status).toBe(302);
    expect(opened.headers.get('location')).toBe('/');
    const cookie = opened.headers.get('set-cookie')!;
    expect(cookie).toBe(`harness-token-${harness.port}=${harness.token}; Path=/; HttpOnly; SameSite=Strict`);
    const call = await fetch(`${harness.origin}/api/initialEpisode`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: `other=1; ${cookie.split(';')[0]}` }, body: '' });
    expect(call.status).toBe(200);
    expect((await call.json()).ok).toBe(true);
  });

  it('serves the renderer with the CSP header, index.html at /', async () => {
    const { harness } = await start();
    const page = await fetch(`${harness.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Episode Editor</title>');
    const script = await fetch(`${harness.url}/assets/index.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${harness.url}/missing.js`)).status).toBe(404);
    expect((await fetch(`${harness.url}/favicon.ico`)).status).toBe(204);
  });

  it('answers the initial episode: the --episode file, else the sample', async () => {
    const withEpisode = await start({ episode: true });
    const first = await withEpisode.post('/api/initialEpisode');
    expect(first.json).toMatchObject({ ok: true, result: { path: withEpisode.episode, text: readFileSync(withEpisode.episode, 'utf8') } });
    const plain = await start();
    expect((await plain.post('/api/initialEpisode')).json).toMatchObject({ ok: true, result: { sample: true } });
  });

  it('opens the file a test queued as the dialog answer, then cancels when the queue is empty', async () => {
    const { post, episode } = await start();
    expect((await post('/harness/dialog', { open: episode })).json).toEqual({ ok: true, result: { open: 1, save: 0, confirm: 0, overwrite: 0, audio: 0, raw: 0 } });
    const opened = await post('/api/openEpisode', {});
    expect(opened.json).toMatchObject({ ok: true, result: { path: episode } });
    expect((await post('/api/openEpisode', {})).json).toEqual({ ok: true, result: null });
    expect((await post('/api/recentFiles')).json).toEqual({ ok: true, result: [episode] });
  });

  it('saves real files, and reports a refused save as an answer with the parse error', async () => {
    const { post, episode, dir } = await start({ episode: true });
    const text = readFileSync(episode, 'utf8').replace('Yeah, Katie.', 'Yes, Katie.');
    expect((await post('/api/saveEpisode', { path: episode, text })).json).toMatchObject({ ok: true, result: { path: episode } });
    expect(readFileSync(episode, 'utf8')).toBe(text);
    const refused = await post('/api/saveEpisode', { path: episode, text: '---\ntitle: [\n---\n' });
    expect(refused.status).toBe(200);
    expect(refused.json.ok).toBe(false);
    expect(refused.json.error).toMatch(new RegExp(`^Not saved: ${episode}:\\d+:\\d+: `));
    expect(readFileSync(episode, 'utf8')).toBe(text);
    const target = join(dir, 'saved-as.md');
    await post('/harness/dialog', { save: target });
    expect((await post('/api/saveEpisodeAs', { text })).json).toMatchObject({ ok: true, result: { path: target } });
  });

  it('answers confirm dialogs from the queue (cancel when empty) and records what was asked', async () => {
    const { harness, post } = await start();
    await post('/harness/dialog', { confirm: 'discard' });
    expect((await post('/api/confirmDiscard', { name: 'a.md' })).json).toEqual({ ok: true, result: 'discard' });
    expect((await post('/api/confirmDiscard', { name: 'a.md' })).json).toEqual({ ok: true, result: 'cancel' });
    await post('/api/setDocumentState', { title: 'a.md', dirty: true });
    const state = await (await fetch(`${harness.url}/harness/state`)).json();
    expect(state.result).toMatchObject({ title: 'a.md', dirty: true, asked: [{ dialog: 'confirm', detail: 'a.md', answer: 'discard' }, { dialog: 'confirm', answer: 'cancel' }] });
  });

  it('rejects unknown operations with 404, bad requests with 4xx', async () => {
    const { harness, post } = await start();
    expect(await post('/api/deleteEverything', {})).toEqual({ status: 404, json: { ok: false, error: 'no operation "deleteEverything"' } });
    expect((await post('/api/toString', {})).status).toBe(404);
    expect((await fetch(`${harness.url}/api/recentFiles`)).status).toBe(405);
    const notJson = await fetch(`${harness.url}/api/recentFiles`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '' });
    expect(notJson.status).toBe(415);
    const badJson = await fetch(`${harness.url}/api/openEpisode`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{' });
    expect(badJson.status).toBe(400);
    expect((await post('/harness/dialog', { confirm: 'maybe' })).json.error).toBe('dialog: "confirm" must be one of save, discard, cancel, got "maybe"');
    expect((await post('/harness/command', { id: 'rm -rf' })).status).toBe(400);
    expect((await post('/harness/command', { id: 'rm -rf' })).json.error).toBe('command: unknown command id "rm -rf"; the ids are those of shared/commands.ts, such as "file.save"');
    expect((await post('/api/openEpisode', { path: 7 })).json).toEqual({ ok: false, error: 'openEpisode: "path" must be a string, got number' });
  });

  it('answers only requests addressed to itself (no DNS rebinding)', async () => {
    const { harness } = await start();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: harness.port, path: '/', headers: { Host: `evil.example:${harness.port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject).end();
    });
    expect(status).toBe(403);
  });

  it('delivers a command event to a page listening on /api/events', async () => {
    const { harness, post } = await start();
    const controller = new AbortController();
    const stream = await fetch(`${harness.url}/api/events`, { signal: controller.signal });
    expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    let received = decoder.decode((await reader.read()).value);
    expect(received).toBe(': connected\n\n');
    expect((await post('/harness/command', { id: 'file.save' })).json).toEqual({ ok: true, result: { delivered: 1 } });
    while (!(received.includes('data:') && received.endsWith('\n\n'))) received += decoder.decode((await reader.read()).value);
    expect(received).toBe(': connected\n\nevent: command\ndata: ["file.save"]\n\n');
    controller.abort();
  });
});
