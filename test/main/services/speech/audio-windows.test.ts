import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audioWindows, SPEECH_RATE } from '../../../../main/services/speech/audio-windows.js';

/**
 * A stand-in for ffmpeg that writes `seconds` of 16-bit PCM, loud but for 0.3 s pauses starting at
 * each of `pauses` (seconds), in chunks cut at odd bytes.
 */
function fakeFfmpeg(seconds: number, pauses: readonly number[]): string {
  const script = join(mkdtempSync(join(tmpdir(), 'fake-ffmpeg-')), 'ffmpeg');
  writeFileSync(
    script,
    `#!${process.execPath}
const n = ${seconds * SPEECH_RATE};
const pauses = ${JSON.stringify(pauses)};
const b = Buffer.alloc(n * 2);
for (let i = 0; i < n; i++) {
  const quiet = pauses.some((p) => i >= p * ${SPEECH_RATE} && i < (p + 0.3) * ${SPEECH_RATE});
  b.writeInt16LE(quiet ? (i % 2) : (i % 2 ? 20000 : -20000), i * 2);
}
(async () => {
  for (let at = 0; at < b.length; at += 77777) {
    process.stdout.write(b.subarray(at, Math.min(b.length, at + 77777)));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
})();
`,
  );
  chmodSync(script, 0o755);
  return script;
}

/** A stand-in for ffmpeg that writes samples 0, 1, 2, … as 16-bit PCM, in chunks cut at the given bytes. */
function rampFfmpeg(samples: number, cuts: readonly number[]): string {
  const script = join(mkdtempSync(join(tmpdir(), 'fake-ffmpeg-')), 'ffmpeg');
  writeFileSync(
    script,
    `#!${process.execPath}
const b = Buffer.alloc(${samples * 2});
for (let i = 0; i < ${samples}; i++) b.writeInt16LE(i, i * 2);
const cuts = ${JSON.stringify([0, ...cuts, samples * 2])};
(async () => {
  for (let k = 1; k < cuts.length; k++) {
    process.stdout.write(b.subarray(cuts[k - 1], cuts[k]));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
})();
`,
  );
  chmodSync(script, 0o755);
  return script;
}

/** Each window of a ramp as [its first sample, its length], read as the recogniser reads them. */
async function rampWindows(samples: number, cuts: readonly number[], windowSec: number, pauseSec: number): Promise<number[][]> {
  const windows: number[][] = [];
  for await (const w of audioWindows('any.mp3', { windowSec, pauseSec, ffmpeg: rampFfmpeg(samples, cuts) })) {
    const first = Math.round(w.samples[0]! * 32768);
    // Each sample where the window says it is: none lost, none twice.
    expect(Array.from(w.samples, (v) => Math.round(v * 32768))).toEqual(Array.from({ length: w.samples.length }, (_, i) => first + i));
    expect(first).toBe(Math.round(w.startSec * SPEECH_RATE));
    windows.push([first, w.samples.length]);
  }
  return windows;
}

describe('audioWindows', () => {
  it('gives every sample once, in order, whatever bytes the pipe’s chunks end on (a sample split where a window fills)', async () => {
    // Windows of 8000 samples cut in their last 4800: a ramp is quietest at its start, 1600 samples in (half of 0.2 s).
    // The first window fills as sample 8000 arrives, split between two chunks at byte 16001.
    expect(await rampWindows(20000, [5001, 16001, 24003], 0.5, 0.3)).toEqual([
      [0, 4800],
      [4800, 4800],
      [9600, 4800],
      [14400, 5600],
    ]);
    // Shorter than a window, and exactly one long: one window, uncut.
    expect(await rampWindows(1000, [333], 0.5, 0.3)).toEqual([[0, 1000]]);
    expect(await rampWindows(8000, [7777], 0.5, 0.3)).toEqual([[0, 8000]]);
  });

  it('refuses windows it cannot cut', async () => {
    await expect(audioWindows('any.mp3', { windowSec: 1, pauseSec: 1, ffmpeg: rampFfmpeg(10, []) }).next()).rejects.toThrow('audio windows of 1 s cut in their last 1 s');
  });

  it('cuts the audio at the pause near each window’s end', async () => {
    // 70 s, windows of at most 30 s cut in their last 5 s: at the pauses at 27 s and 54 s (not 10 s or 40 s).
    const ffmpeg = fakeFfmpeg(70, [10, 27, 40, 54]);
    const windows: { start: number; length: number; loudAtEdges: boolean }[] = [];
    for await (const w of audioWindows('any.mp3', { windowSec: 30, pauseSec: 5, ffmpeg })) {
      windows.push({ start: w.startSec, length: w.samples.length / SPEECH_RATE, loudAtEdges: Math.abs(w.samples.at(-1)!) > 0.5 });
    }
    // The middle of the pause's first quietest 0.2 s.
    expect(windows.map((w) => w.start)).toEqual([0, 27.1, 54.1]);
    // Each window starts where the one before ended, and the last ends with the audio.
    expect(windows.map((w) => Math.round(w.length * SPEECH_RATE))).toEqual([27.1, 27, 15.9].map((sec) => Math.round(sec * SPEECH_RATE)));
    // Cut inside the pauses: the samples each side of a cut are quiet.
    expect(windows.slice(0, -1).every((w) => !w.loudAtEdges)).toBe(true);
  });
});
