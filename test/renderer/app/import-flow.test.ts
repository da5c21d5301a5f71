import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEpisode, serializeEpisode, type Turn } from '../../../shared/episode/index.js';
import { runImport, type ImportChoices } from '../../../renderer/src/app/import-flow.js';
import { corpusFile, fixture, seed } from '../../support/paths.js';

const choices: ImportChoices = { format: 'auto', sentenceCase: false, speakers: '', durationSec: undefined, into: 'new', replace: false };
const raw = (path: string) => ({ path, text: readFileSync(path, 'utf8') });
const open = parseEpisode(readFileSync(seed('000'), 'utf8'), 'seed.md');

describe('the import dialog’s import', () => {
  it('makes a new episode from captions, named after the file, with alternating speakers', () => {
    const outcome = runImport(raw(seed('001')), open, { ...choices, speakers: 'Johanna, Alexey' });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.summary).toMatch(/^\d+ paragraphs, read as captions$/);
    expect(outcome.doc.entries.map((e) => e.key)).toEqual(['title', 'short', 'season', 'episode', 'guests', 'transcript']);
    const turns = outcome.doc.items.filter((i): i is Turn => i.kind === 'turn');
    expect(turns.slice(0, 3).map((t) => t.who)).toEqual(['Johanna', 'Alexey', 'Johanna']);
    expect(parseEpisode(serializeEpisode(outcome.doc)).items).toHaveLength(outcome.doc.items.length);
  });

  it('flags the times it spreads over the audio’s length as estimated', () => {
    const outcome = runImport(raw(seed('002')), open, { ...choices, durationSec: 3600 });
    if (!outcome.ok) throw new Error(outcome.error);
    const turns = outcome.doc.items.filter((i): i is Turn => i.kind === 'turn');
    expect(turns.length).toBeGreaterThanOrEqual(40);
    expect(turns.every((t) => t.estimated === true && t.sec !== undefined && t.sec < 3600)).toBe(true);
    expect(serializeEpisode(outcome.doc)).not.toContain('estimated');
  });

  it('puts a chapter list into the open episode as headers, keeping every other byte', () => {
    const chapters = corpusFile('chapters', 's01e03-building-ds-team.txt');
    const episode = readFileSync(corpusFile('legacy', 's01e03-building-ds-team.md'), 'utf8');
    const target = parseEpisode(episode, 'e.md');
    const outcome = runImport(raw(chapters), target, { ...choices, into: 'new', replace: true, replaceHeaders: true });
    if (!outcome.ok) throw new Error(outcome.error);
    const written = serializeEpisode(outcome.doc);
    expect(written.slice(0, written.indexOf('transcript:'))).toBe(episode.slice(0, episode.indexOf('transcript:')));
    expect(outcome.doc.items.filter((i) => i.kind === 'header').length).toBeGreaterThan(0);
    // Into the open episode whatever was ticked: replacing the transcript never applies to chapters.
    expect(outcome).toMatchObject({ into: 'open', format: 'chapters', detected: 'Detected: 30 chapters' });
    expect(outcome.doc.items.filter((i) => i.kind === 'turn')).toEqual(target.items.filter((i) => i.kind === 'turn'));
  });

  it('says what it detected, and what it read when told', () => {
    const captions = runImport(raw(seed('001')), open, choices);
    expect(captions).toMatchObject({ ok: true, detected: 'Detected: video captions, 1,426 caption lines' });
    const asText = runImport(raw(seed('001')), open, { ...choices, format: 'text' });
    expect(asText).toMatchObject({ ok: true, detected: expect.stringMatching(/^Read as: plain text, [\d,]+ words$/) });
  });

  it('points a chapter list read as text to the chapter format, never to replacing the transcript', () => {
    const list = fixture('import', 'chapters', 'bulleted.txt');
    const refused = runImport(raw(list), open, { ...choices, format: 'text', into: 'open' });
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('read as plain text, would replace it with 2 turns: nothing imported. Its lines read as a chapter list (29 chapters): choose “Chapter list” to add them as headers.') });
    const detected = runImport(raw(list), open, { ...choices, into: 'open', replace: true });
    expect(detected).toMatchObject({ ok: true, format: 'chapters', into: 'open' });
    if (detected.ok) expect(detected.doc.items.filter((i) => i.kind === 'turn')).toEqual(open.items.filter((i) => i.kind === 'turn'));
  });

  it('refuses to put turns over a transcript unless asked, and explains a file it cannot read', () => {
    const refused = runImport(raw(seed('001')), open, { ...choices, into: 'open' });
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('already has a transcript') });
    const junk = runImport({ path: '/x/junk.bin', text: '\u0000\u0001\u0002' }, open, choices);
    expect(junk).toMatchObject({ ok: false, error: expect.stringMatching(/^junk\.bin/) });
  });
});
