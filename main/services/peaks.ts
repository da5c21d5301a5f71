/**
 * Waveform peaks by ffmpeg, in main: decoding a long MP3 in the page took 17-32 s and ~2.9 GB here
 * (DESIGN.md §3), while ffmpeg streams it in seconds. ffmpeg writes 8 kHz mono 16-bit PCM to a pipe;
 * each chunk is folded into peaks as it arrives, so memory stays at the peaks themselves (100 bytes a
 * second of audio), whatever the length of the file.
 */
import { spawn } from 'node:child_process';
import { sep } from 'node:path';

/** Peaks per second of audio: one per 10 ms, fine enough to place a turn boundary when zoomed in. */
export const PEAKS_PER_SECOND = 100;

/** The rate ffmpeg resamples to. Speech and music envelopes need no more, and decoding stays cheap. */
const SAMPLE_RATE = 8000;
const SAMPLES_PER_PEAK = SAMPLE_RATE / PEAKS_PER_SECOND;

/**
 * The demuxers ffmpeg may use: those of the audio extensions the app opens (mov holds .m4a, ogg holds
 * .opus). A file is probed by its content, not its name, so without this list an `.mp3` holding an HLS
 * playlist or an ffconcat list would make ffmpeg open the files it names.
 */
export const AUDIO_DEMUXERS = ['mp3', 'mov', 'ogg', 'wav', 'flac'] as const;

/**
 * ffmpeg's options that bound what an input may open: the local file itself (no network, no pipes,
 * no other protocol), read by an audio demuxer only.
 */
export const FFMPEG_INPUT_LIMITS = ['-protocol_whitelist', 'file', '-format_whitelist', AUDIO_DEMUXERS.join(',')] as const;

/** Computed peaks, before encoding for the API. */
export interface PeaksResult {
  /** Seconds, from the number of samples decoded (exact, unlike a container's header). */
  readonly duration: number;
  readonly peaksPerSecond: number;
  /** One byte per slice: its largest absolute sample, scaled to 0-255. */
  readonly peaks: Uint8Array;
}

/** What a peaks computation hears: the fraction done, from 0 to 1. */
export type ProgressListener = (fraction: number) => void;

/** Computes the peaks of a file (the real one runs ffmpeg; tests count calls). */
export type PeaksComputer = (path: string, onProgress?: ProgressListener) => Promise<PeaksResult>;

/** The ffmpeg candidates: the binary shipped in `@ffmpeg-installer/ffmpeg`, then `ffmpeg` on PATH (findFfmpeg takes the newer). */
export async function defaultFfmpegCandidates(): Promise<string[]> {
  const shipped = await import('@ffmpeg-installer/ffmpeg').then(
    (m) => m.default.path,
    // The package throws (a string) on platforms it has no binary for: then PATH is the only choice.
    () => null,
  );
  // A packaged app keeps node_modules in app.asar, from which nothing can be executed; electron-builder
  // unpacks the binary beside it (asarUnpack in electron-builder.yml).
  const unpacked = shipped?.replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`);
  return unpacked ? [unpacked, 'ffmpeg'] : ['ffmpeg'];
}

/** The year a build was made, from `ffmpeg -version` ("Copyright (c) 2000-2018"), or null when it does not run. */
function buildYear(command: string): Promise<number | null> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, ['-hide_banner', '-version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(0, 4096)));
    child.on('error', () => resolve(null));
    child.on('close', (code) => resolve(code === 0 ? Number(/Copyright \(c\) \d{4}-(\d{4})/.exec(output)?.[1] ?? 0) : null));
  });
}

/**
 * The newest candidate that runs, by the year of its build (the first of equals): the shipped build is
 * from 2018, and a system ffmpeg that is newer (Debian's) has years of decoder fixes. Fails with a
 * message saying what to install.
 */
export async function findFfmpeg(candidates?: readonly string[]): Promise<string> {
  const tried = candidates ?? (await defaultFfmpegCandidates());
  let best: { command: string; year: number } | null = null;
  for (const command of tried) {
    const year = await buildYear(command);
    if (year !== null && (best === null || year > best.year)) best = { command, year };
  }
  if (best) return best.command;
  throw new Error(`ffmpeg not found (tried ${tried.join(', ')}): reinstall the app, or install ffmpeg so that it is on the PATH`);
}

let defaultFfmpeg: Promise<string> | null = null;

/** The ffmpeg to use, found once per run (a failed search is tried again next time: the user may install it). */
export function ffmpegPath(): Promise<string> {
  defaultFfmpeg ??= findFfmpeg().catch((err: unknown) => {
    defaultFfmpeg = null;
    throw err;
  });
  return defaultFfmpeg;
}

/** ffmpeg's stderr kept for messages: its start holds `Duration:`, its end the reason for a failure. */
class StderrTail {
  private tail = '';
  private duration: number | null | undefined;

  add(chunk: Buffer): void {
    // Bounded: a damaged file can make ffmpeg print a warning per frame for hours of audio.
    this.tail = (this.tail + chunk.toString('utf8')).slice(-8192);
    if (this.duration === undefined) {
      const match = /Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)/.exec(this.tail);
      if (match) this.duration = Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
      else if (/Duration: N\/A/.test(this.tail)) this.duration = null;
    }
  }

  /** The container's duration in seconds; null when unknown (then progress is only reported at the end). */
  get knownDuration(): number | null {
    return this.duration ?? null;
  }

  /** ffmpeg's last message line, without the file name or `[demuxer @ 0x…]` prefix it starts with. */
  reason(path: string): string {
    // A file whose content is another format (an HLS playlist named .mp3) is refused before it is read.
    const refused = /\[([a-z0-9_]+)[^\]]*\] Format not on whitelist/.exec(this.tail);
    if (refused) return `its content is ${refused[1]}, which is not read as audio (only ${AUDIO_DEMUXERS.join(', ')})`;
    const lines = this.tail.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const last = lines.at(-1) ?? 'no output';
    return last.replace(/^\[[^\]]*\]\s*/, '').replace(`${path}: `, '');
  }
}

/** Folds 16-bit little-endian mono PCM into peaks, chunk by chunk. */
class PeakFolder {
  private peaks: Uint8Array;
  private count = 0;
  private sliceMax = 0;
  private sliceSamples = 0;
  private odd: number | null = null;
  samples = 0;

  constructor(expectedSeconds: number | null) {
    this.peaks = new Uint8Array(Math.ceil((expectedSeconds ?? 60) * PEAKS_PER_SECOND) + 16);
  }

  add(chunk: Buffer): void {
    let i = 0;
    if (this.odd !== null) {
      // A sample split across two chunks: pipes make no promise about where chunks end.
      this.sample(this.odd | (chunk[0]! << 8));
      this.odd = null;
      i = 1;
    }
    const end = i + ((chunk.length - i) & ~1);
    for (; i < end; i += 2) this.sample(chunk[i]! | (chunk[i + 1]! << 8));
    if (end < chunk.length) this.odd = chunk[end]!;
  }

  private sample(unsigned: number): void {
    const value = (unsigned << 16) >> 16;
    const magnitude = value < 0 ? -value : value;
    if (magnitude > this.sliceMax) this.sliceMax = magnitude;
    this.samples++;
    if (++this.sliceSamples === SAMPLES_PER_PEAK) this.flushSlice();
  }

  private flushSlice(): void {
    if (this.count === this.peaks.length) {
      const grown = new Uint8Array(this.peaks.length * 2);
      grown.set(this.peaks);
      this.peaks = grown;
    }
    this.peaks[this.count++] = Math.min(255, Math.round((this.sliceMax * 255) / 32767));
    this.sliceMax = 0;
    this.sliceSamples = 0;
  }

  /** The peaks, the last partial slice included. */
  finish(): Uint8Array {
    if (this.sliceSamples > 0) this.flushSlice();
    return this.peaks.slice(0, this.count);
  }
}

/** How often progress is reported, as a fraction: often enough for a smooth bar, rarely enough for IPC. */
const PROGRESS_STEP = 0.01;

/**
 * Decodes an audio file with ffmpeg and computes its peaks, streaming. Progress goes from 0 to 1,
 * increasing, ending at exactly 1 on success. Fails with `FILE: not an audio file ffmpeg can read:
 * <reason>` for anything ffmpeg cannot decode.
 */
export async function computePeaks(path: string, onProgress: ProgressListener = () => undefined, ffmpeg?: string): Promise<PeaksResult> {
  const command = ffmpeg ?? (await ffmpegPath());
  // -map 0:a:0: the first audio stream only, and a clear error for a file that has none.
  const args = ['-hide_banner', '-nostdin', '-nostats', ...FFMPEG_INPUT_LIMITS, '-i', path, '-map', '0:a:0', '-ac', '1', '-ar', String(SAMPLE_RATE), '-f', 's16le', '-'];
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr = new StderrTail();
  child.stderr.on('data', (chunk: Buffer) => stderr.add(chunk));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  exited.catch(() => undefined);

  let folder: PeakFolder | null = null;
  let reported = 0;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      // ffmpeg prints the input's description (with Duration) before the first decoded byte.
      folder ??= new PeakFolder(stderr.knownDuration);
      folder.add(chunk);
      const total = stderr.knownDuration;
      if (total) {
        const fraction = Math.min(0.99, folder.samples / SAMPLE_RATE / total);
        if (fraction >= reported + PROGRESS_STEP) onProgress((reported = fraction));
      }
    }
    const code = await exited;
    if (code !== 0) throw new Error(`${path}: not an audio file ffmpeg can read: ${stderr.reason(path)}`);
  } catch (err) {
    child.kill();
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`ffmpeg not found at ${command}: reinstall the app, or install ffmpeg`);
    throw err;
  }
  if (!folder || folder.samples === 0) throw new Error(`${path}: not an audio file ffmpeg can read: it holds no audio samples`);
  const peaks = folder.finish();
  onProgress(1);
  return { duration: folder.samples / SAMPLE_RATE, peaksPerSecond: PEAKS_PER_SECOND, peaks };
}
