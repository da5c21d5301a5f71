import { describe, expect, it } from 'vitest';
import { hasSpeechTools } from '../../../support/speech-audio.js';
import { describeSpeech, measureSample } from './measure.js';

/**
 * The bundled sample is harder than the synthetic episode: a 93 s intro (music and a spoken note not
 * in the text), a 16 kbps MP3, long silences. Before the tracker recovered from weak runs it lost its
 * place at 250 s and timed 7/28 turn starts within 2 s; the aim is that it never loses the text.
 */
const AIM_WITHIN_2S = 0.6;

describe.skipIf(!hasSpeechTools())('recogniseAudio on the bundled sample', () => {
  it('times the turns of the sample, whose audio has an intro the text lacks', { timeout: 900_000 }, async () => {
    const m = await measureSample();
    console.log(`times from audio, the bundled sample: ${describeSpeech(m)}; errors (s): ${m.errors.map((e) => e.toFixed(0)).join(' ')}`);
    expect(m.within2 / m.turns).toBeGreaterThanOrEqual(AIM_WITHIN_2S);
  });
});
