/**
 * An audio file as consecutive windows of 16 kHz mono samples, decoded by the app's ffmpeg and
 * streamed: only one window is held at a time, as floats (converting a whole 20-minute file at once
 * took 575 MB; window by window, the recogniser stays under 200 MB). Windows meet at the quietest
 * moment near their end, a pause in speech, so that words are seldom cut in two (where 5 s hold no
 * pause, one may be) and none is heard twice (overlapping windows, 30 s every 25 s, heard a fifth of
 * the audio twice).
 */
import { spawn } from 'node:child_process';
import { FFMPEG_INPUT_LIMITS, ffmpegPath } from '../peaks.js';
import { quietestPoint } from './voiced.js';

/** The sample rate the acoustic model was trained at. */
export const SPEECH_RATE = 16000;

/** One window: where it starts in the file (seconds), its samples (-1..1), and the file's duration when ffmpeg said it (null: unknown). */
export interface AudioWindow {
  readonly startSec: number;
  readonly samples: Float32Array;
  readonly durationSec: number | null;
}

/** How the file is cut. */
export interface WindowOptions {
  /** The longest a window is (seconds). */
  readonly windowSec: number;
  /** Each window but the last ends at the quietest moment of its last `pauseSec` seconds, where the next starts. */
  readonly pauseSec: number;
  /** The ffmpeg to run (default: the app's, as for the waveform). */
  readonly ffmpeg?: string;
}

/**
 * The windows of an audio file, in order, each starting where the one before ended. A yielded
 * window's samples are reused for the next one: read them before asking for it. Fails with ffmpeg's
 * reason when it cannot read the file.
 */
export async function* audioWindows(path: string, options: WindowOptions): AsyncGenerator<AudioWindow> {
  const command = options.ffmpeg ?? (await ffmpegPath());
  const args = ['-hide_banner', '-nostdin', '-nostats', ...FFMPEG_INPUT_LIMITS, '-i', path, '-map', '0:a:0', '-ac', '1', '-ar', String(SPEECH_RATE), '-f', 's16le', '-'];
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let durationSec: number | null = null;
  child.stderr.on('data', (chunk: Buffer) => {
    // Bounded: a damaged file can make ffmpeg print a warning per frame.
    stderr = (stderr + chunk.toString('utf8')).slice(-8192);
    const match = durationSec === null ? /Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)/.exec(stderr) : null;
    if (match) durationSec = Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  exited.catch(() => undefined);

  const size = Math.round(options.windowSec * SPEECH_RATE);
  const pause = Math.round(options.pauseSec * SPEECH_RATE);
  if (!(size > 0 && pause >= 0 && pause < size)) throw new Error(`audio windows of ${options.windowSec} s cut in their last ${options.pauseSec} s`);
  const window = new Float32Array(size);
  let filled = 0;
  let startSample = 0;
  let odd: number | null = null;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      let i = 0;
      for (;;) {
        let sample: number;
        if (odd !== null && chunk.length > 0) {
          // A sample split across two chunks: pipes make no promise about where chunks end.
          sample = (((odd | (chunk[0]! << 8)) << 16) >> 16) / 32768;
          odd = null;
          i = 1;
        } else if (odd === null && i + 1 < chunk.length) {
          sample = chunk.readInt16LE(i) / 32768;
          i += 2;
        } else break;
        // A full window is handed out before any sample is written past it, whichever way the sample came.
        if (filled === size) {
          const end = quietestPoint(window, size - pause, size);
          yield { startSec: startSample / SPEECH_RATE, samples: window.subarray(0, end), durationSec };
          window.copyWithin(0, end, size);
          filled = size - end;
          startSample += end;
        }
        window[filled++] = sample;
      }
      if (odd === null && i < chunk.length) odd = chunk[i]!;
    }
    const code = await exited;
    if (code !== 0) {
      const lines = stderr.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      throw new Error(`${path}: not an audio file ffmpeg can read: ${(lines.at(-1) ?? 'no output').replace(/^\[[^\]]*\]\s*/, '')}`);
    }
    if (filled > 0) yield { startSec: startSample / SPEECH_RATE, samples: window.subarray(0, filled), durationSec: durationSec ?? (startSample + filled) / SPEECH_RATE };
  } finally {
    if (child.exitCode === null) child.kill();
  }
}
