import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EpisodeParseError, parseEpisode, serializeEpisode } from '../../../shared/episode/index.js';
import { fixture, seed } from '../../support/paths.js';

const read = (path: string) => readFileSync(path, 'utf8');

describe('parseEpisode', () => {
  it('reads the seed episode into keys, turns and headers', () => {
    const doc = parseEpisode(read(seed('000')), 'seed.md');
    expect(doc.entries.map((e) => e.key)).toEqual(['episode', 'guests', 'ids', 'image', 'description', 'links', 'season', 'short', 'title', 'transcript']);
    const [first, second] = doc.items;
    expect(first).toMatchObject({ kind: 'turn', sec: 93, time: '1:33', who: 'Alexey' });
    expect(first?.kind === 'turn' && first.line).toBe(
      'This week we\'ll talk about data science career development. We have a special guest today, Katie. Am I pronouncing it correctly? Katie?',
    );
    expect(second).toMatchObject({ kind: 'turn', line: 'Yeah, Katie. Katie Bauer.', who: 'Katie' });
    expect(doc.items.find((i) => i.kind === 'header')).toMatchObject({ header: 'Katie’s background' });
    expect(first?.origin?.line).toBe(21);
    expect(doc.end.startsWith('---\n')).toBe(true);
  });

  it('keeps stray lines, blank lines, comments, indented items and a missing final newline', () => {
    const text = read(fixture('episodes/stray-and-blank.md'));
    const doc = parseEpisode(text, 'stray.md');
    expect(doc.preamble).toBe('stray line before the fence\n');
    expect(doc.lead).toBe('\n');
    expect(doc.style.itemIndent).toBe(2);
    expect(doc.items).toHaveLength(2);
    expect(doc.items[0]?.trivia).toBe('\n');
    expect(doc.entries.map((e) => e.key)).toEqual(['title', 'season', 'transcript', 'links']);
    expect(serializeEpisode(doc)).toBe(text);
  });

  it('reads a plain `time: 0:41` as text and remembers it was unquoted', () => {
    const doc = parseEpisode(read(fixture('episodes/defects.md')), 'defects.md');
    const turn = doc.items[3];
    expect(turn).toMatchObject({ kind: 'turn', time: '0:41' });
    expect(turn?.origin?.plainTime).toBe('0:41');
    expect(doc.items[9]).toMatchObject({ kind: 'turn', time: '2:30' });
    expect(doc.items[10]).toMatchObject({ kind: 'unknown' });
  });

  it('rejects bad YAML with the file, line and column, loading nothing', () => {
    let error: unknown;
    try {
      parseEpisode(read(fixture('episodes/bad-yaml.md')), 'bad-yaml.md');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(EpisodeParseError);
    const e = error as EpisodeParseError;
    expect(e.file).toBe('bad-yaml.md');
    expect(e.line).toBe(7);
    expect(e.message).toMatch(/^bad-yaml\.md:7:\d+: /);
  });

  it('says when there is no frontmatter or it is never closed', () => {
    expect(() => parseEpisode(read(fixture('episodes/no-frontmatter.md')), 'a.md')).toThrow(/^a\.md:1:1: no frontmatter/);
    expect(() => parseEpisode(read(fixture('episodes/unclosed.md')), 'b.md')).toThrow(/^b\.md:1:1: .*never closed/);
  });
});
