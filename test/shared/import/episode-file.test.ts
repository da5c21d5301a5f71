import { describe, expect, it } from 'vitest';
import { parseEpisode, serializeEpisode } from '../../../shared/episode/index.js';
import { ImportError, importRaw, mergeImport } from '../../../shared/import/index.js';
import { importFixture, seedText } from './support.js';

describe('mergeImport', () => {
  const turns = importRaw(importFixture('blocks.txt'));

  it('refuses to replace a transcript that is not empty unless asked', () => {
    const doc = parseEpisode(seedText('000'), 'seed.md');
    expect(() => mergeImport(doc, turns)).toThrow(new ImportError('seed.md', null, 'already has a transcript of 143 turns (158 items); this input, read as a transcript, would replace it with 27 turns: nothing imported'));
    const { doc: replaced, notes } = mergeImport(doc, turns, { replaceTranscript: true });
    expect(replaced.items).toHaveLength(27);
    expect(notes).toEqual(["replaced the transcript's 158 items with 27 turns"]);
  });

  it('fills an empty transcript and keeps every other byte', () => {
    const original = '---\ntitle: X\ntranscript: []\nseason: 2\n---\nBody text\n';
    const { doc } = mergeImport(parseEpisode(original, 'x.md'), turns);
    const text = serializeEpisode(doc);
    expect(text.startsWith('---\ntitle: X\ntranscript:\n- line: This week')).toBe(true);
    expect(text.endsWith('  who: Katie\nseason: 2\n---\nBody text\n')).toBe(true);
  });
});
