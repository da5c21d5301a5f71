import { describe, expect, it } from 'vitest';
import { alignToCaptions, AUDIO_ALIGN_OPTIONS, type CaptionWord } from '../../../shared/align/index.js';
import type { TranscriptItem } from '../../../shared/episode/index.js';

const turn = (line: string): TranscriptItem => ({ kind: 'turn', line });

/** Words heard one after another from `sec`, `step` seconds apart. */
const heard = (text: string, sec: number, step = 0.4): CaptionWord[] => text.split(' ').map((word, i) => ({ word, sec: sec + i * step }));

describe('alignToCaptions with snapToPauses (words heard in the audio)', () => {
  it('keeps a one-word turn at its word, never on the pause before the next turn', () => {
    const items = [turn('So tell me about your work at the company these days please.'), turn('Yes.'), turn('Well I started there in twenty ten and it was a small place then.')];
    const words = [...heard('so tell me about your work at the company these days please', 0), ...heard('yes', 5.4), ...heard('well i started there in twenty ten and it was a small place then', 7)];
    const secs = alignToCaptions(items, words, AUDIO_ALIGN_OPTIONS).turns.map((t) => t.sec);
    expect(secs).toEqual([0, 5, 7]);
  });

  it('takes no restart of a turn from a word heard before a long silence (`Was this 2018? | 2018, yeah. | I was…`)', () => {
    const items = [turn('Sorry, when was it? Was this 2018?'), turn('2018, yeah.'), turn('I was applying a little earlier, as we spoke before the interview.')];
    // The question's tail misheard, with an `i` in it; the answer's words not heard at all.
    const words = [...heard('sorry when what it was all the i to use', 190), ...heard('i was applying a little earlier but we spoke before the interview', 205)];
    const secs = alignToCaptions(items, words, AUDIO_ALIGN_OPTIONS).turns.map((t) => t.sec);
    expect(secs[2]).toBe(205);
    // Said at once, a restart still starts the turn: `I… I was applying`.
    const restarted = [...heard('sorry when what it was this', 190), ...heard('i', 204), ...heard('i was applying a little earlier but we spoke before the interview', 205)];
    expect(alignToCaptions(items, restarted, AUDIO_ALIGN_OPTIONS).turns.map((t) => t.sec)[2]).toBe(204);
  });

  it('matches no word of a turn to one heard across a long silence from the words matched around it', () => {
    const items = [turn('We used that in another model that tried to predict and recommend the next best move for each group.'), turn('From the user point of view, did they have an app?')];
    // `the next best move for each group` misheard as `the app then at least us`, `from the user` not heard, 10 s of silence between.
    const words = [...heard('we used that in another model that to predict and recommend the app then at least us', 850), ...heard('point of view did the have an app', 872)];
    const secs = alignToCaptions(items, words, AUDIO_ALIGN_OPTIONS).turns.map((t) => t.sec);
    expect(secs[1]).toBeGreaterThanOrEqual(871);
    expect(secs[1]).toBeLessThanOrEqual(872);
  });
});
