import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { makeToneAudio } from '../../support/audio.js';
import { seed } from '../../support/paths.js';

/**
 * For a describe block: a 300 s tone (as long as seed 000's talk) named as the harness's copy of seed
 * 000 will be, so that, passed in `files`, it opens beside the episode. Made before the block's tests,
 * removed after them; `path()` is where it is.
 */
export function seedTone(): { path: () => string } {
  let dir: string | undefined;
  let audio = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'episode-e2e-tone-'));
    audio = join(dir, basename(seed('000')).replace(/\.txt$/, '.ogg'));
    await makeToneAudio(audio, 300, 'ogg');
  }, 120_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return { path: () => audio };
}
