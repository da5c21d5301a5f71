import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mentionedNames } from '../../../shared/episode/mentioned-names.js';
import { parseEpisode, turnLines } from '../../../shared/episode/index.js';
import { seed } from '../../support/paths.js';

describe('mentionedNames', () => {
  it('finds the names seed 001 auto-captions mention, and not its capitalised fillers', () => {
    // Auto-captions: one cue a line, no punctuation; taken as one paragraph, as the import joins them.
    const text = readFileSync(seed('001'), 'utf8').split('\n').map((l) => l.replace(/^\d+:\d+(:\d+)? /, '')).join(' ');
    const names = mentionedNames([text]);
    expect(names).toEqual(expect.arrayContaining(['Johanna', 'Alexi', 'Jonah']));
    expect(names.filter((n) => n.toLowerCase().startsWith('joh'))).toEqual(['Johanna']);
    expect(names).not.toContain('Yeah');
  });

  it('skips the capital at a sentence start or a line start, and words also written in lower case', () => {
    expect(mentionedNames(['Basically, I talked to Katie. Then Katie left.', 'Well, then we asked Tomás.', 'Then well.'])).toEqual(['Katie', 'Tomás']);
    // A possessive counts as the name.
    expect(mentionedNames(['We read Johanna’s notes, and then Johanna\'s plan.'])).toEqual(['Johanna']);
  });

  it('ranks by how often a name is mentioned, in seed 000', () => {
    const doc = parseEpisode(readFileSync(seed('000'), 'utf8'), 'seed 000');
    const lines = turnLines(doc.items);
    const names = mentionedNames(lines);
    expect(names.length).toBeGreaterThan(3);
    expect(names).toContain('Twitter');
    expect(names).not.toContain('Yeah');
  });
});
