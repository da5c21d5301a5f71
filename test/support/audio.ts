/**
 * Generated audio for tests and benchmarks: a sine tone (with an optional silent stretch) made by
 * ffmpeg. Each distinct file is made once into a folder under the OS temp folder and copied from
 * there, so repeated runs, and the 60-minute file of the benchmark, cost seconds only the first time.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultFfmpegCandidates, findFfmpeg } from '../../main/services/peaks.js';

/** The kinds of audio file the app opens. */
export type ToneFormat = 'mp3' | 'm4a' | 'ogg' | 'opus' | 'wav' | 'flac';

/** What to put in the file besides the tone. */
export interface ToneOptions {
  /** A stretch of silence, in seconds from the start. */
  readonly silence?: { readonly start: number; readonly seconds: number };
  /** Tone frequency in Hz (220 by default). */
  readonly frequency?: number;
  /** 'small' (default): 16 kHz at a low bitrate; 'podcast': 44.1 kHz at 128 kbps, as real episodes are published (MP3 and M4A only). */
  readonly quality?: 'small' | 'podcast';
}

/** The folder the generated files are kept in between runs. */
export const TEST_AUDIO_CACHE = join(tmpdir(), 'episode-editor-test-audio');

/** Small encodings at a low sample rate: the files exist to be decoded, not listened to. */
const ENCODERS: Readonly<Record<ToneFormat, readonly string[]>> = {
  mp3: ['-c:a', 'libmp3lame', '-b:a', '16k'],
  m4a: ['-c:a', 'aac', '-b:a', '32k'],
  ogg: ['-c:a', 'libvorbis', '-q:a', '0'],
  opus: ['-c:a', 'libopus', '-b:a', '16k'],
  wav: ['-c:a', 'pcm_s16le'],
  flac: ['-c:a', 'flac'],
};

let found: Promise<string> | null = null;

/** The ffmpeg that makes test files: the one on PATH first, as Debian's encodes several times faster than the 2018 build the npm package ships. */
function generator(): Promise<string> {
  found ??= defaultFfmpegCandidates().then((shipped) => findFfmpeg(['ffmpeg', ...shipped]));
  return found;
}

/** Runs ffmpeg; fails with the end of its stderr. */
function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg ${args.join(' ')} failed:\n${stderr}`))));
  });
}

/**
 * Writes a mono tone of `seconds` to `path` in the given format (loud: peaks near 190 of 255), with
 * an optional silent stretch; returns `path`.
 */
export async function makeToneAudio(path: string, seconds: number, format: ToneFormat, options: ToneOptions = {}): Promise<string> {
  const frequency = options.frequency ?? 220;
  const { silence } = options;
  const podcast = options.quality === 'podcast';
  const name = `tone-${seconds}s-${frequency}hz${silence ? `-silent${silence.start}+${silence.seconds}` : ''}${podcast ? '-podcast' : ''}.${format}`;
  const cached = join(TEST_AUDIO_CACHE, name);
  if (!(await stat(cached).catch(() => null))?.isFile()) {
    await mkdir(TEST_AUDIO_CACHE, { recursive: true });
    // Made under a unique name, then renamed: test files running at once never see half a file.
    const temp = join(TEST_AUDIO_CACHE, `.${process.pid}-${Math.random().toString(36).slice(2)}-${name}`);
    const filters = ['volume=6', ...(silence ? [`volume=enable='between(t,${silence.start},${silence.start + silence.seconds})':volume=0`] : [])];
    const source = `sine=frequency=${frequency}:sample_rate=${podcast ? 44100 : 16000}:duration=${seconds}`;
    const encoder = podcast && (format === 'mp3' || format === 'm4a') ? [...ENCODERS[format].slice(0, 2), '-b:a', '128k'] : ENCODERS[format];
    try {
      await run(await generator(), ['-v', 'error', '-nostdin', '-y', '-f', 'lavfi', '-i', source, '-af', filters.join(','), '-ac', '1', ...encoder, '-f', format === 'm4a' ? 'ipod' : format === 'opus' ? 'ogg' : format, temp]);
      await rename(temp, cached);
    } finally {
      await rm(temp, { force: true });
    }
  }
  await copyFile(cached, path);
  return path;
}
