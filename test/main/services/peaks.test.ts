import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PeaksCache, identify } from '../../../main/services/peaks-cache.js';
import { PEAKS_PER_SECOND, computePeaks, defaultFfmpegCandidates, findFfmpeg, type PeaksComputer } from '../../../main/services/peaks.js';
import { makeToneAudio } from '../../support/audio.js';
import { fixture } from '../../support/paths.js';

let dir: string;
/** 10 s of a loud tone, silent from 4 s to 6 s. */
let toneWithGap: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'episode-peaks-'));
  toneWithGap = await makeToneAudio(join(dir, 'tone.mp3'), 10, 'mp3', { silence: { start: 4, seconds: 2 } });
});

/** A fresh folder. */
const freshDir = () => mkdtempSync(join(tmpdir(), 'episode-peaks-'));

describe('computePeaks', () => {
  it('gives 100 peaks a second: high for the tone, near 0 for the silence, progress rising to 1', async () => {
    const fractions: number[] = [];
    const result = await computePeaks(toneWithGap, (f) => fractions.push(f));
    expect(result.peaksPerSecond).toBe(PEAKS_PER_SECOND);
    expect(result.duration).toBeGreaterThan(9.9);
    expect(result.duration).toBeLessThan(10.2);
    expect(Math.abs(result.peaks.length - 100 * result.duration)).toBeLessThan(result.peaks.length * 0.01);
    // Away from the edges of the gap, where the encoder smears a little.
    const tone = [...result.peaks.subarray(50, 380), ...result.peaks.subarray(620, 950)];
    const silence = [...result.peaks.subarray(420, 580)];
    expect(Math.min(...tone)).toBeGreaterThan(120);
    expect(Math.max(...silence)).toBeLessThan(5);
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions.every((f, i) => f > 0 && f <= 1 && (i === 0 || f > fractions[i - 1]!))).toBe(true);
    expect(fractions.at(-1)).toBe(1);
  });

  it.each(['m4a', 'ogg', 'opus', 'wav', 'flac'] as const)('reads %s', async (format) => {
    const path = await makeToneAudio(join(dir, `short.${format}`), 2, format);
    const result = await computePeaks(path);
    expect(result.duration).toBeGreaterThan(1.9);
    expect(result.duration).toBeLessThan(2.2);
    expect(result.peaks[100]).toBeGreaterThan(120);
  });

  it('fails with a clear message for a file that is not audio, and for an empty one', async () => {
    const fake = join(dir, 'notes.mp3');
    writeFileSync(fake, 'These are my notes, not an MP3 at all.\n'.repeat(50));
    await expect(computePeaks(fake)).rejects.toThrow(new RegExp(`^${fake}: not an audio file ffmpeg can read: \\S`));
    const empty = join(dir, 'empty.wav');
    writeFileSync(empty, '');
    await expect(computePeaks(empty)).rejects.toThrow(`${empty}: not an audio file ffmpeg can read: `);
  });

  it('fails with a clear message when the file disappears, or when ffmpeg cannot be run', async () => {
    await expect(computePeaks(join(dir, 'gone.mp3'))).rejects.toThrow(/gone\.mp3: not an audio file ffmpeg can read: No such file or directory/);
    await expect(computePeaks(toneWithGap, undefined, '/no/such/ffmpeg')).rejects.toThrow('ffmpeg not found at /no/such/ffmpeg');
  });
});

describe('ffmpeg reads only the audio file itself', () => {
  /** evil.mp3 (an HLS playlist) beside the secret.wav it names, in a fresh folder. */
  async function playlistBesideSecret(): Promise<string> {
    const folder = freshDir();
    await makeToneAudio(join(folder, 'secret.wav'), 2, 'wav');
    copyFileSync(fixture('audio/evil.mp3'), join(folder, 'evil.mp3'));
    return join(folder, 'evil.mp3');
  }

  it('the fixture is hostile: the shipped ffmpeg, unlimited, decodes the other file through it', async () => {
    const evil = await playlistBesideSecret();
    const shipped = (await defaultFfmpegCandidates())[0]!;
    const run = spawnSync(shipped, ['-hide_banner', '-nostdin', '-i', evil, '-map', '0:a:0', '-ac', '1', '-ar', '8000', '-f', 's16le', '-'], { maxBuffer: 1 << 24 });
    expect(run.stdout.length).toBe(2 * 8000 * 2);
  });

  it.each(['shipped', 'on PATH'] as const)('refuses a playlist named .mp3 with the ffmpeg %s, naming the file and what it holds', async (which) => {
    const evil = await playlistBesideSecret();
    const ffmpeg = which === 'shipped' ? (await defaultFfmpegCandidates())[0]! : 'ffmpeg';
    await expect(computePeaks(evil, undefined, ffmpeg)).rejects.toThrow(`${evil}: not an audio file ffmpeg can read: its content is hls, which is not read as audio (only mp3, mov, ogg, wav, flac)`);
  });

  it('refuses an ffconcat list named .wav, which would read the files it lists', async () => {
    const folder = freshDir();
    await makeToneAudio(join(folder, 'secret.wav'), 2, 'wav');
    const list = join(folder, 'list.wav');
    writeFileSync(list, `ffconcat version 1.0\nfile ${join(folder, 'secret.wav')}\n`);
    await expect(computePeaks(list)).rejects.toThrow(`${list}: not an audio file ffmpeg can read: its content is concat`);
  });
});

describe('findFfmpeg', () => {
  /** A stand-in ffmpeg that prints the version banner of a build made in `year`. */
  function fakeFfmpeg(name: string, year: number): string {
    const path = join(freshDir(), name);
    writeFileSync(path, `#!/bin/sh\necho "ffmpeg version ${name} Copyright (c) 2000-${year} the FFmpeg developers"\n`);
    chmodSync(path, 0o755);
    return path;
  }

  it('offers the binary shipped in @ffmpeg-installer/ffmpeg, then ffmpeg on PATH', async () => {
    const candidates = await defaultFfmpegCandidates();
    expect(candidates.at(-1)).toBe('ffmpeg');
    expect(candidates[0]).toMatch(/@ffmpeg-installer/);
    expect(await findFfmpeg(['/no/such/ffmpeg', 'ffmpeg'])).toBe('ffmpeg');
  });

  it('takes the newest build that runs (Debian’s over the 2018 one shipped), the first of equals', async () => {
    const old = fakeFfmpeg('shipped', 2018);
    const newer = fakeFfmpeg('system', 2025);
    expect(await findFfmpeg([old, newer])).toBe(newer);
    expect(await findFfmpeg([newer, old])).toBe(newer);
    const same = fakeFfmpeg('same', 2018);
    expect(await findFfmpeg([old, same, '/no/such/ffmpeg'])).toBe(old);
  });

  it('says what to install when no candidate runs', async () => {
    await expect(findFfmpeg(['/no/such/ffmpeg', join(dir, 'tone.mp3')])).rejects.toThrow(/^ffmpeg not found \(tried \/no\/such\/ffmpeg, .*\): reinstall the app, or install ffmpeg/);
  });
});

/** A cache whose computer counts its runs. */
function countingCache(cacheDir = join(freshDir(), 'peaks-cache')) {
  const runs: string[] = [];
  const compute: PeaksComputer = (path, onProgress) => {
    runs.push(path);
    return computePeaks(path, onProgress);
  };
  return { cache: new PeaksCache(cacheDir, compute), runs, cacheDir };
}

describe('PeaksCache', () => {
  it('computes once, then answers from the cache without running ffmpeg, also after a restart', async () => {
    const { cache, runs, cacheDir } = countingCache();
    const first = await cache.get(toneWithGap);
    expect(runs).toHaveLength(1);
    expect(Buffer.from(first.peaks, 'base64').length).toBe(Math.ceil(first.duration * 100));
    const progress: number[] = [];
    expect(await cache.get(toneWithGap, (f) => progress.push(f))).toEqual(first);
    expect(progress).toEqual([]);
    const restarted = countingCache(cacheDir);
    expect(await restarted.cache.get(toneWithGap)).toEqual(first);
    expect(restarted.runs).toHaveLength(0);
  });

  it('computes once for callers asking at the same time', async () => {
    const { cache, runs } = countingCache();
    const [a, b] = await Promise.all([cache.get(toneWithGap), cache.get(toneWithGap)]);
    expect(a).toEqual(b);
    expect(runs).toHaveLength(1);
  });

  it('recomputes when the modification time changes, and shares entries between copies of one file', async () => {
    const { cache, runs } = countingCache();
    const copy = join(freshDir(), 'copy.mp3');
    copyFileSync(toneWithGap, copy);
    utimesSync(copy, new Date('2024-01-01T00:00:00Z'), new Date('2024-01-01T00:00:00Z'));
    await cache.get(copy);
    utimesSync(copy, new Date('2024-01-02T00:00:00Z'), new Date('2024-01-02T00:00:00Z'));
    await cache.get(copy);
    expect(runs).toHaveLength(2);
    const twin = join(freshDir(), 'twin.mp3');
    copyFileSync(copy, twin);
    utimesSync(twin, new Date('2024-01-02T00:00:00Z'), new Date('2024-01-02T00:00:00Z'));
    await cache.get(twin);
    expect(runs).toHaveLength(2);
  });

  it('ignores a damaged or foreign cache file and recomputes', async () => {
    const { cache, runs, cacheDir } = countingCache();
    const good = await cache.get(toneWithGap);
    const [name] = readdirSync(cacheDir);
    const damage = [
      '{"format":"episode-editor-peaks/1",',
      JSON.stringify({ format: 'episode-editor-peaks/1', ...(await identify(toneWithGap)), ...good, peaks: good.peaks.slice(0, -8) }),
      JSON.stringify({ format: 'episode-editor-peaks/1', ...(await identify(toneWithGap)), ...good, hash: 'someone else' }),
      JSON.stringify({ format: 'episode-editor-peaks/1', ...(await identify(toneWithGap)), ...good, duration: 'long' }),
      'null',
    ];
    for (const text of damage) {
      writeFileSync(join(cacheDir, name!), text);
      expect(await cache.get(toneWithGap), text.slice(0, 40)).toEqual(good);
    }
    expect(runs).toHaveLength(1 + damage.length);
  });

  it('still answers when the cache cannot be written', async () => {
    const blocked = join(freshDir(), 'a-file');
    writeFileSync(blocked, '');
    const { cache, runs } = countingCache(join(blocked, 'peaks-cache'));
    expect((await cache.get(toneWithGap)).peaksPerSecond).toBe(100);
    expect(runs).toHaveLength(1);
  });

  it('keys on size, mtime and a hash of both ends of the file', async () => {
    const big = join(freshDir(), 'big.wav');
    const bytes = Buffer.alloc(3 * 1024 * 1024, 7);
    writeFileSync(big, bytes);
    utimesSync(big, 1_700_000_000, 1_700_000_000);
    const before = await identify(big);
    bytes[bytes.length - 1] = 8;
    writeFileSync(big, bytes);
    utimesSync(big, 1_700_000_000, 1_700_000_000);
    const after = await identify(big);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    expect(after.hash).not.toBe(before.hash);
  });
});
