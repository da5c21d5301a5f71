import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, importChapters, importRaw, parseChapters, readChapterLine } from '../../../shared/import/index.js';
import { corpusFile, fixture } from '../../support/paths.js';

/** A real chapter list of the site (`HH:MM:SS Title`) as sec and title. */
function realChapters(name: string): { sec: number; title: string }[] {
  return parseChapters(readFileSync(corpusFile('chapters', name), 'utf8')).map(({ sec, title }) => ({ sec, title }));
}

const shape = (name: string) => readFileSync(fixture('import', 'chapters', `${name}.txt`), 'utf8');

// Each fixture is a real list rewritten in one shape (test/fixtures/import/chapters/make_fixtures.py).
const SHAPES = [
  ['leading-mss', '0:00 Intro', 's02e01-writing.txt'],
  ['leading-hhmmss', '00:00:00 Intro', 's05e03-metrics-and-kpis.txt'],
  ['bracketed', '[0:00] Intro', 's06e05-post-doctoral-research.txt'],
  ['trailing', 'Intro 0:00', 's01e03-building-ds-team.txt'],
  ['trailing-dash', 'Intro - 0:00', 's01e04-standing-out-as-a-data-scientist.txt'],
  ['trailing-parens', 'Intro (0:00)', 's02e07-abc-data-science.txt'],
  ['numbered', '1. 0:00 Intro', 's07e05-machine-learning-system-design-interview.txt'],
  ['bulleted', '- 0:00 Intro', 's15e03-llms-for-everyone.txt'],
  ['bullet-dot', '• 0:00 Intro', 's18e04-working-in-open-source-probabl-ai-and-sklearn.txt'],
  ['emoji', '🎙️ 0:00 Intro', 's02e01-writing.txt'],
  ['range-hyphen', '0:00 - 1:35 Intro', 's05e03-metrics-and-kpis.txt'],
  ['range-en-dash', '0:00–1:35 Intro', 's06e05-post-doctoral-research.txt'],
  ['timestamps-heading', 'Timestamps: above the list', 's01e03-building-ds-team.txt'],
  ['description', 'a whole video description', 's15e03-llms-for-everyone.txt'],
] as const;

describe('chapter lists as people write them', () => {
  it.each(SHAPES)('reads %s (%s) as the real list it was written from', (name, _shape, source) => {
    const text = shape(name);
    expect(parseChapters(text).map(({ sec, title }) => ({ sec, title }))).toEqual(realChapters(source));
    expect(detectFormat(text, `${name}.txt`)).toBe('chapters');
    expect(importRaw(text, { file: `${name}.txt` }).format).toBe('chapters');
  });

  it.each([
    ['0:00 Intro', 0, 'Intro'],
    ['Intro 0:00', 0, 'Intro'],
    ['Intro - 2:05', 125, 'Intro'],
    ['Intro — 2:05', 125, 'Intro'],
    ['Intro (2:05)', 125, 'Intro'],
    ['Intro [2:05]', 125, 'Intro'],
    ['1. 2:05 Intro', 125, 'Intro'],
    ['12) 2:05 Intro', 125, 'Intro'],
    ['- 2:05 Intro', 125, 'Intro'],
    ['* 2:05 Intro', 125, 'Intro'],
    ['• 2:05 Intro', 125, 'Intro'],
    ['🎙️ 2:05 Intro', 125, 'Intro'],
    ['1️⃣ 2:05 Intro', 125, 'Intro'],
    ['0:00 - 1:35 Intro', 0, 'Intro'],
    ['0:00–1:35 Intro', 0, 'Intro'],
    ['[0:00 - 1:35] Intro', 0, 'Intro'],
    ['Intro 0:00 - 1:35', 0, 'Intro'],
    ['[2:05] Intro', 125, 'Intro'],
    ['(2:05) Intro', 125, 'Intro'],
    ['00:02:05 Intro', 125, 'Intro'],
    ['1:02:03 Deep dive: part 2', 3723, 'Deep dive: part 2'],
    ['1:10:00 - Wrap-up', 4200, 'Wrap-up'],
    ['00:10:00 2025 trends: AI and Iceberg', 600, '2025 trends: AI and Iceberg'],
    ['Q&A 1:02:03', 3723, 'Q&A'],
  ])('reads the line %j as %d s, %j', (line, sec, title) => expect(readChapterLine(line)).toMatchObject({ sec, title }));

  it.each(['Timestamps:', 'Links: https://datatalks.club/slack.html', 'https://youtu.be/x?t=95', 'Episode 12 of season 3', ''])('finds no chapter in %j', (line) => {
    expect(readChapterLine(line)).toBeUndefined();
  });

  it('ignores the lines around the list, and says so', () => {
    const { chapters, notes } = importChapters(shape('description'));
    expect(chapters[0]).toMatchObject({ sec: 0, title: 'Episode Introduction: LLMs for Everyone', line: 10 });
    expect(notes).toEqual([`${chapters.length} chapters`, '12 line(s) without a time ignored']);
  });

  it('ignores a time in the prose away from the list, naming its line', () => {
    const text = `Join us live on Thursday at 18:00\n\n${shape('leading-mss')}\nMore at https://datatalks.club\n`;
    const { chapters, notes } = importChapters(text);
    expect(chapters.map(({ sec, title }) => ({ sec, title }))).toEqual(realChapters('s02e01-writing.txt'));
    expect(notes).toContain('line 1: “Join us live on Thursday at” has a time but is not in the chapter list; ignored');
  });

  it('reads short titles, mostly digits, as chapters rather than refusing them as too few letters', () => {
    expect(detectFormat('Intro (0:00)\nQ&A (1:35)\nOutro (15:00)\n')).toBe('chapters');
    expect(detectFormat('1. 0:00 Intro\n2. 1:35 Q&A\n3. 15:00 Outro\n')).toBe('chapters');
  });

  it('keeps a subheading inside the list out of the chapters', () => {
    expect(parseChapters('0:00 Intro\n5:00 Background\nPart two\n20:00 Main topic\n40:00 Outro\n').map((c) => c.title)).toEqual(['Intro', 'Background', 'Main topic', 'Outro']);
  });

  it('names a chapter without a title, and a text without any', () => {
    expect(() => parseChapters('00:00:00 Intro\n00:05:00\n', 'c.txt')).toThrow('c.txt:2: the chapter at 5:00 has no title');
    expect(() => parseChapters('Chapters below\n', 'c.txt')).toThrow('c.txt: no chapter lines found: expected lines such as `0:00 Intro`, `Intro - 0:00` or `00:00:00 Intro`');
  });
});
