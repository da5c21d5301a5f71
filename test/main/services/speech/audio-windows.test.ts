import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audioWindows, SPEECH_RATE } from '../../../../main/services/speech/audio-windows.js';

/** A stand-in for ffmpeg that writes samples 0, 1, 2, … as 16-bit PCM in chunks cut at odd bytes. */
function fakeFfmpeg(samples: number, cuts: readonly number[]): string {
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
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
})();
`,
  );
  chmodSync(script, 0o755);
  return script;
}

describe('audioWindows', () => {
  it('gives every window, in order, whatever bytes the pipe’s chunks end on (a sample split between two)', async () => {
    // Windows of 10 samples every 5: a window fills exactly where a chunk ends on its sample's first byte.
    const windowSec = 10 / SPEECH_RATE;
    const stepSec = 5 / SPEECH_RATE;
    const ffmpeg = fakeFfmpeg(60, [21, 41, 77]);
    const starts: number[][] = [];
    for await (const w of audioWindows('any.mp3', { windowSec, stepSec, ffmpeg })) starts.push([Math.round(w.startSec * SPEECH_RATE), Math.round(w.samples[0]! * 32768), w.samples.length]);
    expect(starts).toEqual([
      [0, 0, 10],
      [5, 5, 10],
      [10, 10, 10],
      [15, 15, 10],
      [20, 20, 10],
      [25, 25, 10],
      [30, 30, 10],
      [35, 35, 10],
      [40, 40, 10],
      [45, 45, 10],
      [50, 50, 10],
    ]);
  });
});
