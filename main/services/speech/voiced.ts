/**
 * Sound and silence in a window's samples: how much of it is sound (the recogniser retries a window
 * that found few words for its length of sound, and a window that is mostly silence should not count
 * as one: each retry costs a decoding, a wide-beam one three or four), and where it is quietest (where
 * windows are cut).
 */

/** Frames of 10 ms at 16 kHz. */
const FRAME = 160;
/** Sound is louder than this (RMS, -40 dBFS) and than 3 times the window's quietest tenth. */
const MIN_LEVEL = 0.01;
const OVER_FLOOR = 3;

/** The energy (sum of squares) of each whole frame of `samples` from `from` to `to`. */
function frameEnergies(samples: Float32Array, from: number, to: number): Float64Array {
  const energies = new Float64Array(Math.floor((to - from) / FRAME));
  for (let f = 0; f < energies.length; f++) {
    let sum = 0;
    for (let i = from + f * FRAME; i < from + (f + 1) * FRAME; i++) sum += samples[i]! * samples[i]!;
    energies[f] = sum;
  }
  return energies;
}

/** Seconds of `samples` (16 kHz, -1..1) louder than the silence around them. */
export function voicedSeconds(samples: Float32Array, rate = 16000): number {
  const energies = frameEnergies(samples, 0, samples.length);
  const frames = energies.length;
  if (frames === 0) return 0;
  const levels = Float32Array.from(energies, (sum) => Math.sqrt(sum / FRAME));
  const floor = Float32Array.from(levels).sort()[Math.floor(frames / 10)]!;
  const threshold = Math.max(MIN_LEVEL, OVER_FLOOR * floor);
  let voiced = 0;
  for (const level of levels) if (level > threshold) voiced++;
  return (voiced * FRAME) / rate;
}

/** How long the quiet a window is cut in is: 0.2 s, the shortest pause between a fast speaker's phrases. */
const QUIET_FRAMES = 20;

/** The sample in the middle of the quietest 0.2 s (the least energy) of `samples` between `from` and `to`; `to` when that is shorter. */
export function quietestPoint(samples: Float32Array, from: number, to: number): number {
  const energy = frameEnergies(samples, from, to);
  const frames = energy.length;
  if (frames < QUIET_FRAMES) return to;
  let sum = 0;
  for (let f = 0; f < QUIET_FRAMES; f++) sum += energy[f]!;
  let least = sum;
  let first = 0;
  for (let f = QUIET_FRAMES; f < frames; f++) {
    sum += energy[f]! - energy[f - QUIET_FRAMES]!;
    if (sum < least) {
      least = sum;
      first = f - QUIET_FRAMES + 1;
    }
  }
  return from + (first + QUIET_FRAMES / 2) * FRAME;
}
