import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ORDERED_SPEAKERS, SPEAKER_ORDERS_FILE_NAME, SpeakerOrders } from '../../../main/services/speaker-orders.js';

function userData() {
  return join(mkdtempSync(join(tmpdir(), 'episode-speaker-orders-')), 'user-data');
}

describe('SpeakerOrders', () => {
  it('remembers each episode’s speaker order in the user-data folder, and forgets it on an empty list', async () => {
    const dir = userData();
    const orders = await SpeakerOrders.open(dir);
    expect(orders.get('/talks/a.md')).toEqual([]);
    await orders.set('/talks/a.md', ['Katie', 'Alexey', 'Katie', '']);
    await orders.set('/talks/b.md', ['Johanna']);
    const reopened = await SpeakerOrders.open(dir);
    expect(reopened.get('/talks/a.md')).toEqual(['Katie', 'Alexey']);
    expect(reopened.get('/talks/../talks/b.md')).toEqual(['Johanna']);
    await reopened.set('/talks/a.md', []);
    expect(JSON.parse(readFileSync(join(dir, SPEAKER_ORDERS_FILE_NAME), 'utf8'))).toEqual({ '/talks/b.md': ['Johanna'] });
  });

  it('starts empty from a damaged file and drops what it does not expect', async () => {
    const dir = userData();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, SPEAKER_ORDERS_FILE_NAME), '{"relative.md": ["A"], "/a.md": [1, "B"], "/b.md": "C"}');
    const orders = await SpeakerOrders.open(dir);
    expect([orders.get('relative.md'), orders.get('/a.md'), orders.get('/b.md')]).toEqual([[], ['B'], []]);
    writeFileSync(join(dir, SPEAKER_ORDERS_FILE_NAME), '{not json');
    expect((await SpeakerOrders.open(dir)).get('/a.md')).toEqual([]);
  });

  it('keeps at most a hundred names an episode', async () => {
    const orders = await SpeakerOrders.open(userData());
    await orders.set('/a.md', Array.from({ length: 150 }, (_, i) => `Speaker ${i}`));
    expect(orders.get('/a.md')).toHaveLength(MAX_ORDERED_SPEAKERS);
  });
});
