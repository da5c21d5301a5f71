import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropAction } from '../../../renderer/src/app/file-drop.js';
import { fixture, seed } from '../../support/paths.js';
import { inProcessApi } from '../support/in-process-api.js';

/** A file dropped in the app: main knows its path, and reads it. */
async function dropInApp(path: string) {
  const main = await inProcessApi();
  const api = { ...main.api, pathForFile: () => path };
  return dropAction(api, new File([], path.split('/').pop()!));
}

describe('a dropped file', () => {
  it('is an episode to open when it parses as one', async () => {
    const main = await inProcessApi();
    const path = join(main.dir, 'episode.md');
    copyFileSync(seed('000'), path);
    const action = await dropInApp(path);
    expect(action).toMatchObject({ kind: 'open', path });
    expect(action?.kind === 'open' && action.doc.items.length).toBeGreaterThan(100);
  });

  it('goes to the importer whatever its extension: subtitles, captions', async () => {
    for (const path of [fixture('import/episode.srt'), fixture('import/episode.vtt'), seed('001')]) {
      expect(await dropInApp(path)).toEqual({ kind: 'import', raw: { path, text: readFileSync(path, 'utf8') } });
    }
  });

  it('in a plain browser is read from the drop itself', async () => {
    const main = await inProcessApi();
    const text = readFileSync(seed('000'), 'utf8');
    const action = await dropAction(main.api, new File([text], 'seed.md'));
    expect(action).toMatchObject({ kind: 'new', name: 'seed.md' });
  });

  it('in a plain browser is decoded as main decodes raw files: a UTF-16 subtitle file reaches the importer as text, saying how it was read', async () => {
    const main = await inProcessApi();
    const path = fixture('import/episode.srt');
    const text = readFileSync(path, 'utf8');
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    const action = await dropAction(main.api, new File([bytes], 'episode.srt'));
    expect(action).toEqual({ kind: 'import', raw: { path: 'episode.srt', text, notice: 'episode.srt: read as UTF-16 (little-endian), from its byte order mark' } });
  });
});
