import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAudioBeside } from '../../main/services/audio-files.js';
import { computePeaks } from '../../main/services/peaks.js';
import { REPO_ROOT } from '../support/paths.js';

const SAMPLE = join(REPO_ROOT, 'assets/sample/sample-episode.md');
const AUDIO = join(REPO_ROOT, 'assets/sample/sample-episode.mp3');

/** The `sec` of every turn of the sample, in order. */
const secs = [...readFileSync(SAMPLE, 'utf8').matchAll(/^ {2}sec: (\d+)$/gm)].map((m) => Number(m[1]));

describe('the sample episode’s audio', () => {
  it('sits beside the sample, where the beside-the-episode rule finds it, with the script that made it', async () => {
    expect(await findAudioBeside(SAMPLE)).toBe(AUDIO);
    expect(existsSync(join(REPO_ROOT, 'assets/sample/make-sample-audio.mjs'))).toBe(true);
  });

  it('is under 2 MB and lasts past the start of the last turn, with speech where the turns are', async () => {
    expect(statSync(AUDIO).size).toBeLessThan(2 * 1024 * 1024);
    const { duration, peaks } = await computePeaks(AUDIO);
    expect(secs.length).toBeGreaterThan(30);
    const last = secs.at(-1)!;
    expect(duration).toBeGreaterThan(last + 10);
    // The quiet intro before the first turn (1:33), then speech at the start of every turn.
    const loudest = (from: number, to: number) => Math.max(...peaks.subarray(from * 100, to * 100));
    expect(loudest(20, secs[0]! - 10)).toBeLessThan(100);
    for (const sec of secs) expect(loudest(sec, sec + 2), `turn at ${sec} s`).toBeGreaterThan(100);
  });
});
