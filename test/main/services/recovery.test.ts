import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECOVERY_DIR_NAME, RecoveryStore } from '../../../main/services/recovery.js';

const work = (path: string | undefined, text = '---\ntranscript: []\n---\n') => ({
  ...(path !== undefined && { path }),
  name: 'a.md',
  text,
  estimated: [{ index: 1, sec: 30 }],
  baseHash: 'f'.repeat(64),
  baseMtimeMs: 1234,
  savedAt: 99,
});

describe('RecoveryStore', () => {
  it('keeps unsaved work per episode and for the new one, across a restart, until cleared', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'episode-recovery-'));
    const store = RecoveryStore.in(dir);
    await store.save(work('/talks/a.md'));
    await store.save(work(undefined, 'new text'));
    const again = RecoveryStore.in(dir);
    expect(await again.get('/talks/a.md')).toEqual(work('/talks/a.md'));
    expect(await again.get(undefined)).toEqual(work(undefined, 'new text'));
    expect(await again.get('/talks/b.md')).toBeNull();
    await again.save(work('/talks/a.md', 'newer'));
    expect((await again.get('/talks/a.md'))?.text).toBe('newer');
    await again.clear('/talks/a.md');
    expect(await again.get('/talks/a.md')).toBeNull();
    expect(await again.get(undefined)).not.toBeNull();
  });

  it('reads a damaged or foreign file as nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'episode-recovery-'));
    const store = RecoveryStore.in(dir);
    await store.save(work('/talks/a.md'));
    const [name] = readdirSync(join(dir, RECOVERY_DIR_NAME));
    writeFileSync(join(dir, RECOVERY_DIR_NAME, name!), '{"format": 1, "name": "a.md", "te');
    expect(await store.get('/talks/a.md')).toBeNull();
    writeFileSync(join(dir, RECOVERY_DIR_NAME, name!), JSON.stringify({ ...work('/talks/a.md'), format: 1, estimated: [{ index: -1, sec: 2 }] }));
    expect(await store.get('/talks/a.md')).toBeNull();
  });

  it('keeps at most 20 episodes, dropping the least recently written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'episode-recovery-'));
    const store = RecoveryStore.in(dir);
    for (let i = 0; i < 23; i++) await store.save(work(`/talks/${i}.md`));
    expect(readdirSync(join(dir, RECOVERY_DIR_NAME))).toHaveLength(20);
    expect(await store.get('/talks/22.md')).not.toBeNull();
  });
});
