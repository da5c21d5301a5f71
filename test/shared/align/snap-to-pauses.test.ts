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
});
