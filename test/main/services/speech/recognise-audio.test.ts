import { describe, expect, it } from 'vitest';
import { recogniseAudio } from '../../../../main/services/speech/recognise-audio.js';
import { hasSpeechTools, speechAudio } from '../../../support/speech-audio.js';
import { describeSpeech, measureSpeech, SPEECH_MINUTES } from './measure.js';

/** The aim of issue 17: turn starts within 2 s of the published ones, with no captions at all. */
const AIM_WITHIN_2S = 0.95;
/** With caption times seeding the windows. */
const AIM_SEEDED_WITHIN_2S = 0.99;

describe.skipIf(!hasSpeechTools())('recogniseAudio', () => {
  it('recognises a few words of short synthetic speech, with times, and reports progress', async () => {
    const turns = [
      { sec: 0, who: 'A', text: 'Hi everyone, welcome to our event.' },
      { sec: 4, who: 'B', text: 'Thank you for having me, I am happy to be here.' },
    ];
    const audio = await speechAudio(turns);
    const fractions: number[] = [];
    const words = await recogniseAudio(audio.path, turns.map((t) => t.text), { onProgress: (f) => fractions.push(f) });
    const said = words.map((w) => w.word);
    expect(said).toEqual(expect.arrayContaining(['welcome', 'event', 'happy']));
    const welcome = words.find((w) => w.word === 'welcome')!;
    const happy = words.find((w) => w.word === 'happy')!;
    expect(welcome.sec).toBeLessThan(2);
    expect(happy.sec).toBeGreaterThan(4);
    expect(fractions.at(-1)).toBe(1);
  });

  it('rejects with an AbortError once aborted', async () => {
    const audio = await speechAudio([{ sec: 0, who: 'A', text: 'Hello there.' }]);
    const controller = new AbortController();
    controller.abort();
    await expect(recogniseAudio(audio.path, ['Hello there.'], { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it(`times the turns of a ${SPEECH_MINUTES}-minute synthetic episode from its audio alone`, { timeout: 900_000 }, async () => {
    const m = await measureSpeech();
    console.log(`times from audio, synthetic ${SPEECH_MINUTES}-minute episode: ${describeSpeech(m)}`);
    expect(m.within2 / m.turns).toBeGreaterThanOrEqual(AIM_WITHIN_2S);
  });

  it(`times the turns of the ${SPEECH_MINUTES}-minute synthetic episode seeded by caption-like times`, { timeout: 900_000 }, async () => {
    const m = await measureSpeech({ seeded: true });
    console.log(`times from audio seeded by caption times (floored, a quarter off by up to 3 s, a third missing), synthetic ${SPEECH_MINUTES}-minute episode: ${describeSpeech(m)}`);
    expect(m.within2 / m.turns).toBeGreaterThanOrEqual(AIM_SEEDED_WITHIN_2S);
  });
});
