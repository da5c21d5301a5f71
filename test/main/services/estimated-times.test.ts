import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESTIMATED_TIMES_FILE_NAME, EstimatedTimes, MAX_ESTIMATED_MARKS } from '../../../main/services/estimated-times.js';

function userData() {
  return join(mkdtempSync(join(tmpdir(), 'episode-estimated-')), 'user-data');
}

describe('EstimatedTimes', () => {
  it('remembers marks per episode in the user-data folder, and forgets them on an empty list', async () => {
    const dir = userData();
    const times = await EstimatedTimes.open(dir);
    expect(times.get('/talks/a.md')).toBeUndefined();
    await times.set('/talks/a.md', [{ index: 3, sec: 41 }, { index: 7, sec: 95.5 }]);
    await times.set('/talks/b.md', [{ index: 0, sec: 0 }]);
    const reopened = await EstimatedTimes.open(dir);
    expect(reopened.get('/talks/a.md')).toEqual([{ index: 3, sec: 41 }, { index: 7, sec: 95.5 }]);
    expect(reopened.get('/talks/../talks/b.md')).toEqual([{ index: 0, sec: 0 }]);
    await reopened.set('/talks/a.md', []);
    expect(reopened.get('/talks/a.md')).toBeUndefined();
    expect(JSON.parse(readFileSync(join(dir, ESTIMATED_TIMES_FILE_NAME), 'utf8'))).toEqual({ '/talks/b.md': [{ index: 0, sec: 0 }] });
  });

  it('writes nothing for an episode without marks that had none', async () => {
    const dir = userData();
    await (await EstimatedTimes.open(dir)).set('/talks/a.md', []);
    expect(() => readFileSync(join(dir, ESTIMATED_TIMES_FILE_NAME))).toThrow();
  });

  it('keeps the 200 episodes saved last, and at most MAX_ESTIMATED_MARKS marks each', async () => {
    const dir = userData();
    const times = await EstimatedTimes.open(dir);
    for (let i = 0; i < 201; i++) void times.set(`/talks/${i}.md`, [{ index: i, sec: i }]);
    await times.set('/talks/big.md', Array.from({ length: MAX_ESTIMATED_MARKS + 5 }, (_, i) => ({ index: i, sec: i })));
    const reopened = await EstimatedTimes.open(dir);
    expect(reopened.get('/talks/0.md')).toBeUndefined();
    expect(reopened.get('/talks/1.md')).toBeUndefined();
    expect(reopened.get('/talks/2.md')).toEqual([{ index: 2, sec: 2 }]);
    expect(reopened.get('/talks/big.md')).toHaveLength(MAX_ESTIMATED_MARKS);
  });

  it('starts empty from a damaged file and drops entries that are not marks', async () => {
    const dir = userData();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, ESTIMATED_TIMES_FILE_NAME), '{"broken');
    expect((await EstimatedTimes.open(dir)).get('/a.md')).toBeUndefined();
    writeFileSync(
      join(dir, ESTIMATED_TIMES_FILE_NAME),
      JSON.stringify({ '/a.md': [{ index: 1, sec: 2, extra: true }, { index: -1, sec: 2 }, { index: 1.5, sec: 2 }, { index: 2, sec: 'x' }, null], '/b.md': 'x', 'c.md': [{ index: 0, sec: 0 }], '/d.md': [] }),
    );
    const times = await EstimatedTimes.open(dir);
    expect([times.get('/a.md'), times.get('/b.md'), times.get('c.md'), times.get('/d.md')]).toEqual([[{ index: 1, sec: 2 }], undefined, undefined, undefined]);
  });
});
