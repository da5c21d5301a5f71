import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AudioRecognition } from '../../../main/services/recognition.js';
import { REPO_ROOT } from '../../support/paths.js';

const SAMPLE_AUDIO = join(REPO_ROOT, 'assets/sample/sample-episode.mp3');

// Run from the sources, the recognition's worker is the one `npm test` builds beside the CLI.
describe('AudioRecognition', () => {
  it('reports progress from its worker thread, and a cancel ends the run with null', async () => {
    const progress: number[] = [];
    const recognition = new AudioRecognition((fraction) => progress.push(fraction));
    const run = recognition.recognise({ audioPath: SAMPLE_AUDIO, texts: ['This week we will talk about data science career development.'] });
    await expect.poll(() => progress.length, { timeout: 30_000 }).toBeGreaterThan(0);
    recognition.cancel();
    await expect(run).resolves.toBeNull();
    expect(progress.every((f) => f >= 0 && f <= 1)).toBe(true);
  }, 60_000);

  it('a new run cancels the one under way; a file that is not audio rejects with ffmpeg’s reason', async () => {
    const recognition = new AudioRecognition(() => undefined);
    const first = recognition.recognise({ audioPath: SAMPLE_AUDIO, texts: ['hello'] });
    const second = recognition.recognise({ audioPath: join(REPO_ROOT, 'package.json'), texts: ['hello'] });
    await expect(first).resolves.toBeNull();
    await expect(second).rejects.toThrow(/package\.json/);
  }, 60_000);
});
