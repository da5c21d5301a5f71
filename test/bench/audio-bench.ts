/**
 * Peaks figures for a generated 60-minute file: the cold computation (ffmpeg decoding the whole file)
 * and the cached second call, which is what opening the episode again costs. Printed by bench.ts.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PeaksCache } from '../../main/services/peaks-cache.js';
import { computePeaks, ffmpegPath } from '../../main/services/peaks.js';
import { makeToneAudio, type ToneOptions } from '../support/audio.js';
import { formatTiming, mb, summarise } from './measure.js';

/** Milliseconds an async call takes. */
async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await fn();
  return [performance.now() - start, result];
}

/** Cold and cached peaks of one generated file. */
async function benchFile(label: string, quality: ToneOptions['quality'], ffmpeg: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'episode-bench-audio-'));
  const [makeMs, audio] = await timed(() => makeToneAudio(join(dir, 'sixty-minutes.mp3'), 3600, 'mp3', { quality }));
  let fractions = 0;
  const cache = new PeaksCache(join(dir, 'peaks-cache'), (path, onProgress) => computePeaks(path, onProgress, ffmpeg));
  const rssBefore = process.memoryUsage().rss;
  const [coldMs, peaks] = await timed(() => cache.get(audio, () => fractions++));
  const rssAfter = process.memoryUsage().rss;
  const cached: number[] = [];
  for (let i = 0; i < 10; i++) cached.push((await timed(() => cache.get(audio)))[0]);
  return [
    `peaks, 60-minute ${label} MP3 (made in ${(makeMs / 1000).toFixed(1)} s, cached between runs)`,
    `  cold (ffmpeg decode)  ${(coldMs / 1000).toFixed(2)} s, ${fractions} progress events, main RSS +${mb(Math.max(0, rssAfter - rssBefore))}`,
    `  cached                ${formatTiming(summarise(cached))}`,
    `  result                ${peaks.duration.toFixed(1)} s, ${peaks.peaksPerSecond}/s, ${(peaks.peaks.length / 1024).toFixed(0)} KB base64`,
  ];
}

/** Cold and cached peaks computation for a generated 60-minute file, small and podcast-sized. */
export async function benchPeaks(): Promise<string[]> {
  const ffmpeg = await ffmpegPath();
  return [
    `ffmpeg: ${ffmpeg}`,
    ...(await benchFile('16 kbps 16 kHz mono', 'small', ffmpeg)),
    ...(await benchFile('128 kbps 44.1 kHz mono', 'podcast', ffmpeg)),
  ];
}
