import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEpisode } from '../../../shared/episode/index.js';
import { runEpisodeCli as run } from '../../support/cli.js';
import { corpusFile, fixture } from '../../support/paths.js';

const EPISODE = corpusFile('legacy', 's15e03-llms-for-everyone.md');

function target(): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'episode-chapters-')), 'episode.md');
  copyFileSync(EPISODE, copy);
  return copy;
}

const turnsOf = (text: string) => parseEpisode(text, 'e.md').items.filter((i) => i.kind !== 'header');

describe('episode import of a chapter list --into an episode', () => {
  // Before: auto-detection read `- 0:00 Title` lines as plain text, refused with "pass --replace-transcript",
  // and following that advice replaced the episode's real turns with one junk turn.
  it.each(['bulleted', 'numbered', 'trailing-parens', 'range-hyphen', 'description'])('adds the %s list as headers, every turn kept, even with --replace-transcript', async (shape) => {
    const into = target();
    const before = readFileSync(into, 'utf8');
    const { code, err } = await run('import', '--into', into, '--replace-transcript', fixture('import', 'chapters', `${shape}.txt`));
    expect(code).toBe(0);
    expect(err).toMatch(/: chapters, \d+ chapter\(s\) -> .*--replace-transcript ignored: chapters only add headers\)/);
    const after = readFileSync(into, 'utf8');
    expect(turnsOf(after).map((t) => t.origin?.text)).toEqual(turnsOf(before).map((t) => t.origin?.text));
    expect(parseEpisode(after, into).items.length).toBeGreaterThan(parseEpisode(before, into).items.length);
  });

  it('reading a chapter list as text says what it would replace and points to --format chapters, not --replace-transcript', async () => {
    const into = target();
    const before = readFileSync(into, 'utf8');
    const turns = turnsOf(before).filter((i) => i.kind === 'turn').length;
    const { code, err } = await run('import', '--format', 'text', '--into', into, fixture('import', 'chapters', 'bulleted.txt'));
    expect(code).toBe(2);
    expect(err).toContain(`episode.md: already has a transcript of ${turns} turns`);
    expect(err).toContain('read as plain text, would replace it with 2 turns: nothing imported; its lines read as a chapter list (29 chapters): pass --format chapters to add them as headers, no turn changed');
    expect(err).not.toContain('--replace-transcript');
    expect(readFileSync(into, 'utf8')).toBe(before);
    expect(await run('import', '--format', 'chapters', '--into', into, fixture('import', 'chapters', 'bulleted.txt'))).toMatchObject({ code: 0 });
    expect(turnsOf(readFileSync(into, 'utf8')).map((t) => t.origin?.text)).toEqual(turnsOf(before).map((t) => t.origin?.text));
  });
});
