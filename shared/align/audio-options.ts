import type { AlignOptions } from './types.js';

/**
 * How words recognised in the audio are aligned to the text (`alignToCaptions(items, words,
 * AUDIO_ALIGN_OPTIONS)`): every turn gets a time, and starts move to the pauses the audio has.
 */
export const AUDIO_ALIGN_OPTIONS: AlignOptions = { timeUntimed: true, snapToPauses: true };
