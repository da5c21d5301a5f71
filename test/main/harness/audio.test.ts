import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AudioPeaks, EpisodeAudio } from '../../../shared/api.js';
import { makeToneAudio } from '../../support/audio.js';
import { REPO_ROOT } from '../../support/paths.js';
import { startTestHarness, stopHarnesses } from './support.js';

afterEach(stopHarnesses);

let tone: string;
beforeAll(async () => {
  tone = await makeToneAudio(join(mkdtempSync(join(tmpdir(), 'episode-harness-audio-')), 'interview.mp3'), 4, 'mp3');
});

/** A harness with a copy of seed 000 as `talk.md` (its episode unless told not), given `--audio` when asked. */
async function start(options: { audio?: string; episode?: boolean } = {}) {
  const started = await startTestHarness({ episode: options.episode !== false, episodeName: 'talk.md', ...(options.audio !== undefined && { audio: options.audio }) });
  const call = async <T>(method: string, arg?: unknown) => (await started.post(`/api/${method}`, arg)).json as { ok: boolean; result: T; error?: string };
  return { ...started, call };
}

describe('harness audio', () => {
  it('--audio makes the file the episode’s chosen audio, served at /media/<token> with ranges', async () => {
    const { harness, episode, call } = await start({ audio: tone });
    const { result: audio } = await call<EpisodeAudio>('audioForEpisode', { episodePath: episode });
    expect(audio).toMatchObject({ path: tone, source: 'chosen', size: readFileSync(tone).length });
    expect(audio.url).toMatch(/^\/media\/[0-9a-f]{32}$/);
    const whole = await fetch(`${harness.url}${audio.url}`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('audio/mpeg');
    expect(Buffer.from(await whole.arrayBuffer()).equals(readFileSync(tone))).toBe(true);
    const tail = await fetch(`${harness.url}${audio.url}`, { headers: { Range: 'bytes=-16' } });
    expect(tail.status).toBe(206);
    expect(tail.headers.get('content-range')).toBe(`bytes ${audio.size - 16}-${audio.size - 1}/${audio.size}`);
    expect(Buffer.from(await tail.arrayBuffer()).equals(readFileSync(tone).subarray(-16))).toBe(true);
  });

  it('serves nothing at /media/ before an episode’s audio is asked for, nor for other tokens', async () => {
    const { harness } = await start({ audio: tone });
    expect((await fetch(`${harness.url}/media/0123456789abcdef0123456789abcdef`)).status).toBe(404);
    expect((await fetch(`${harness.url}/media/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });

  it('answers peaks, sending progress as peaksProgress events', async () => {
    const { harness, call } = await start({ audio: tone });
    const controller = new AbortController();
    const stream = await fetch(`${harness.url}/api/events`, { signal: controller.signal });
    const reader = stream.body!.getReader();
    await reader.read();
    const { result: peaks } = await call<AudioPeaks>('audioPeaks', { audioPath: tone });
    expect(peaks.peaksPerSecond).toBe(100);
    let received = '';
    while (!received.includes('"fraction":1}')) received += new TextDecoder().decode((await reader.read()).value);
    expect(received).toContain(`event: peaksProgress\ndata: [${JSON.stringify({ audioPath: tone, fraction: 1 })}]`);
    controller.abort();
  });

  it('takes the audio dialog’s answer from the test’s queue', async () => {
    const { harness, episode, call } = await start();
    const queued = await fetch(`${harness.url}/harness/dialog`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ audio: tone }) });
    expect(await queued.json()).toEqual({ ok: true, result: { open: 0, save: 0, confirm: 0, overwrite: 0, audio: 1, raw: 0 } });
    expect((await call<EpisodeAudio>('chooseAudio', { episodePath: episode })).result).toMatchObject({ path: tone, source: 'chosen' });
    expect((await call<EpisodeAudio | null>('chooseAudio', { episodePath: episode })).result).toBeNull();
  });

  it('refuses --audio without --episode, or a file that is not audio', async () => {
    await expect(start({ audio: tone, episode: false })).rejects.toThrow('--audio needs --episode');
    await expect(start({ audio: join(REPO_ROOT, 'README.md') })).rejects.toThrow('not an audio file');
  });
});
