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

describe('audioWindows', () => {
  it('cuts the audio at the pause near each window’s end, each sample in one window, whatever bytes the pipe’s chunks end on', async () => {
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
