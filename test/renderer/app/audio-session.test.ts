import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Api, AudioPeaks } from '../../../shared/api.js';
import { AudioSession, type AudioOutput } from '../../../renderer/src/app/audio-session.js';
import { EventEmitter } from '../../../renderer/src/state/event-emitter.js';
import { makeToneAudio } from '../../support/audio.js';
import { seed } from '../../support/paths.js';
import { inProcessApi } from '../support/in-process-api.js';

/** Where the waveform would draw: records what it was asked to load (the real one needs a page). */
class RecordingOutput extends EventEmitter<{ error: [message: string] }> implements AudioOutput {
  readonly loads: string[] = [];
  unloads = 0;
  async load(url: string, peaks: AudioPeaks): Promise<void> {
    expect(peaks.duration).toBeGreaterThan(0);
    this.loads.push(url);
  }
  unload(): void {
    this.unloads++;
  }
  /** The media element failing, as a file it cannot play makes it. */
  fail(message: string): void {
    this.emit('error', message);
  }
}

/** Two episodes, each with a short tone beside it; the peaks of the first one wait until `release()`. */
async function setup() {
  const main = await inProcessApi();
  const episodes = await Promise.all(
    ['slow', 'fast'].map(async (name) => {
      const path = join(main.dir, `${name}.md`);
      copyFileSync(seed('000'), path);
      await makeToneAudio(join(main.dir, `${name}.mp3`), 3, 'mp3');
      return path;
    }),
  );
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const api: Api = {
    ...main.api,
    audioPeaks: async (req) => {
      const peaks = await main.api.audioPeaks(req);
      if (req.audioPath.endsWith('slow.mp3')) await gate;
      return peaks;
    },
  };
  const output = new RecordingOutput();
  return { session: new AudioSession(api, output), output, slow: episodes[0]!, fast: episodes[1]!, release };
}

describe('AudioSession', () => {
  it('finds the audio beside an episode, and loads it with its peaks', async () => {
    const { session, output, fast } = await setup();
    const states: string[] = [];
    session.state.subscribe((s) => states.push(s.status));
    await session.openFor(fast);
    expect(session.current).toMatchObject({ status: 'ready', name: 'fast.mp3' });
    expect([...new Set(states)]).toEqual(['loading', 'ready']);
    expect(states.at(-1)).toBe('ready');
    expect(output.loads).toHaveLength(1);
  });

  it('drops a load that a newer episode overtook: the older audio never plays behind the newer one', async () => {
    const { session, output, slow, fast, release } = await setup();
    const stale = session.openFor(slow);
    await session.openFor(fast);
    expect(session.current).toMatchObject({ status: 'ready', name: 'fast.mp3' });
    release();
    await stale;
    expect(session.current).toMatchObject({ status: 'ready', name: 'fast.mp3' });
    expect(output.loads).toHaveLength(1);
    expect(output.loads[0]).toMatch(/^\/media\//);
  });

  it('leaves a new episode without audio when the previous one’s audio arrives late', async () => {
    const { session, output, slow, release } = await setup();
    const stale = session.openFor(slow);
    await session.openFor(undefined);
    release();
    await stale;
    expect(session.current).toEqual({ status: 'none' });
    expect(output.loads).toEqual([]);
  });

  it('says the audio cannot be played when the media element fails, and unloads it', async () => {
    const { session, output, fast } = await setup();
    await session.openFor(fast);
    const unloads = output.unloads;
    output.fail('MEDIA_ERR_SRC_NOT_SUPPORTED');
    expect(session.current).toEqual({ status: 'error', name: 'fast.mp3', message: 'The audio cannot be played: MEDIA_ERR_SRC_NOT_SUPPORTED' });
    expect(output.unloads).toBe(unloads + 1);
  });

  it('has no audio for an episode with none beside it', async () => {
    const { session, fast } = await setup();
    await session.openFor(fast.replace('fast.md', 'other.md'));
    expect(session.current).toEqual({ status: 'none' });
  });

  it('stops listening to the waveform once destroyed', async () => {
    const { session, output, fast } = await setup();
    await session.openFor(fast);
    session.destroy();
    output.fail('late');
    expect(session.current.status).toBe('ready');
  });
});
