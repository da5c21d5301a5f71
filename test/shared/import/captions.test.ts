import { describe, expect, it } from 'vitest';
import { ImportError, SPOKEN_PARAGRAPH_LIMITS, importCaptions, isFiller, parseCaptions } from '../../../shared/import/index.js';
import { lengthDistribution, seedText, turnWords } from './support.js';

describe('importCaptions on the caption seed (001)', () => {
  const text = seedText('001');
  const fragments = parseCaptions(text);
  const result = importCaptions(text);
  const turns = result.items.filter((i) => i.kind === 'turn');

  it('reads every caption line', () => {
    expect(fragments).toHaveLength(1426);
    expect(fragments[0]).toEqual({ sec: 0, words: ['welcome', 'everyone', 'um', 'my', 'name', 'is', 'Jonah', 'and'], line: 1 });
    expect(fragments.at(-1)).toMatchObject({ sec: 3780, words: ['right'], line: 1426 });
  });

  it('merges fragments into turns where sentences end, not one per fragment nor at a fixed length', () => {
    const counts = turns.map((t) => t.line.split(' ').length);
    console.log(`seed 001: ${fragments.length} caption lines -> ${turns.length} turns; words per turn:`, lengthDistribution(turns));
    expect(turns.length).toBeLessThan(fragments.length / 4);
    expect(Math.max(...counts)).toBeLessThanOrEqual(SPOKEN_PARAGRAPH_LIMITS.maxWords);
    expect(new Set(counts).size).toBeGreaterThan(50);
  });

  it('never leaves a filler (`um`, `uh`) as a paragraph of its own', () => {
    expect(turns.filter((t) => t.line.split(' ').every((w) => isFiller(w.toLowerCase())))).toEqual([]);
  });

  it('gives each turn the time of its first word, inside the fragment that word is in', () => {
    expect(turns[0]).toMatchObject({ sec: 0, time: '0:00' });
    let w = 0;
    const fragmentOf: number[] = fragments.flatMap((f, k) => f.words.map(() => k));
    for (const turn of turns) {
      const k = fragmentOf[w]!;
      expect(turn.sec).toBeGreaterThanOrEqual(fragments[k]!.sec);
      expect(turn.sec).toBeLessThanOrEqual(fragments[k + 1]?.sec ?? fragments[k]!.sec + 3);
      w += turn.line.split(' ').length;
    }
  });

  it('breaks where a reply starts after a question and never after words that cannot end a sentence', () => {
    const starts = turns.map((t) => t.line.split(' ')[0]!.toLowerCase());
    expect(starts.filter((w) => ['yeah', 'yes', 'okay', 'so', 'oh', 'wow', 'well', 'maybe'].includes(w)).length).toBeGreaterThan(turns.length / 2);
    const ends = turns.slice(0, -1).map((t) => t.line.split(' ').at(-1)!.toLowerCase());
    expect(ends.filter((w) => ['the', 'a', 'to', 'of'].includes(w))).toEqual([]);
  });

  it('leaves speakers unassigned and no time estimated', () => {
    expect(turns.every((t) => t.who === undefined)).toBe(true);
    expect(result.estimated.size).toBe(0);
    expect(result.notes[0]).toBe(`1426 caption lines merged into ${turns.length} paragraphs; speakers not assigned`);
  });

  it('restores sentence case only when asked, changing nothing but case and adding full stops', () => {
    const cased = importCaptions(text, { sentenceCase: true });
    expect(turnWords(result.items).join(' ')).not.toMatch(/[A-Z]\w*\. [A-Z]/);
    const plain = (w: string) => w.toLowerCase().replace(/\.$/, '');
    expect(turnWords(cased.items).map(plain)).toEqual(turnWords(result.items).map(plain));
    const first = cased.items[0]!;
    expect(first.kind === 'turn' && first.line.startsWith('Welcome everyone um my name is Jonah')).toBe(true);
    expect(cased.items.every((t) => t.kind === 'turn' && /^\P{Ll}/u.test(t.line) && /[.?!]$/.test(t.line))).toBe(true);
    expect(turnWords(cased.items)).not.toContain('i');
  });

  it('adds no full stop inside a phrase the captions broke over two lines (`the guest / chair`, `cool all / right`)', () => {
    const cased = importCaptions(text, { sentenceCase: true }).items.map((t) => (t.kind === 'turn' ? t.line : '')).join(' ');
    expect(cased).toContain('in the guest chair');
    expect(cased).toMatch(/cool all right\.$/);
    expect(cased).not.toMatch(/\b(?:the|a|an|my|your)\. /i);
  });
});

describe('importCaptions with speaker markers', () => {
  const lines = (text: string) => importCaptions(text).items.map((t) => (t.kind === 'turn' ? [t.who ?? '', t.line] : []));

  it('starts a paragraph at each `>>` and drops the marker', () => {
    expect(lines('0:00 so what do you think about it\n0:03 >> I think it is fine and\n0:05 we should go on >> okay\n')).toEqual([
      ['', 'so what do you think about it'],
      ['', 'I think it is fine and we should go on'],
      ['', 'okay'],
    ]);
  });

  it('takes `Name:` at a line start as the speaker, in a dialogue of two names or more', () => {
    expect(lines('0:00 Alexey: welcome to the show and\n0:03 thanks for coming\n0:05 Katie Bauer: thanks for having me\n0:08 >> Alexey: great\n')).toEqual([
      ['Alexey', 'welcome to the show and thanks for coming'],
      ['Katie Bauer', 'thanks for having me'],
      ['Alexey', 'great'],
    ]);
    expect(importCaptions('0:00 Alexey: hi\n0:02 Katie: hello\n').notes[0]).toBe('2 caption lines merged into 2 paragraphs; speakers from the captions: Alexey, Katie');
  });

  it('keeps a lone `Name:` as text', () => {
    expect(lines('0:00 Note: this is the start of it\n0:03 and more words here\n')).toEqual([['', 'Note: this is the start of it and more words here']]);
  });
});

describe('parseCaptions', () => {
  it('reads captions copied from a video page: a time line, then its text', () => {
    expect(parseCaptions('0:00\nwelcome everyone\n0:04\nto the show\n1:02:09\nbye')).toEqual([
      { sec: 0, words: ['welcome', 'everyone'], line: 1 },
      { sec: 4, words: ['to', 'the', 'show'], line: 3 },
      { sec: 3729, words: ['bye'], line: 5 },
    ]);
  });

  it('names the first line that is not a caption line', () => {
    const bad = '0:00 welcome everyone\n0:04 to the show\nand a line without time\n';
    expect(() => parseCaptions(bad, 'cap.txt')).toThrow(new ImportError('cap.txt', 3, 'expected a caption line starting with its time (`0:04 text`), found “and a line without time”'));
  });

  it('notes times that go back and keeps them as written', () => {
    const result = importCaptions('0:00 one two three\n0:10 four five six\n0:05 seven eight nine\n');
    expect(result.notes).toContain('line 3: time 0:05 goes back from the line before; kept as written');
  });
});

describe('importCaptions breaks at pauses in the caption times', () => {
  const lines = seedText('001').split('\n').filter((l) => l !== '');
  const clock = (sec: number) => `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
  /** Seed 001 with every line from `at` on `by` seconds later: a silence before line `at` (0-based). */
  const withSilence = (at: number, by: number) =>
    lines
      .map((line, k) => {
        if (k < at) return line;
        const [time, ...rest] = line.split(' ');
        const [m, sec] = time!.split(':').map(Number);
        return `${clock(m! * 60 + sec! + by)} ${rest.join(' ')}`;
      })
      .join('\n');
  /** Where each paragraph of an import starts, in words from the start. */
  const paragraphStarts = (text: string) => {
    let position = 0;
    return importCaptions(text).items.flatMap((item) => (item.kind === 'turn' ? [(position += item.line.split(' ').length) - item.line.split(' ').length] : []));
  };
  const wordsBefore = (at: number) => lines.slice(0, at).reduce((n, l) => n + l.split(' ').length - 1, 0);

  // A silence weighs against the words around it: it starts a paragraph where a sentence may end, not
  // inside a phrase ("open data | science"). Without the pause's weight none of these would start one.
  it('starts paragraphs at silences put where the same words without them run on', () => {
    const steady = new Set(paragraphStarts(lines.join('\n')));
    // Lines inside long paragraphs of the import as it is, no paragraph starting within 8 words of them.
    const inside = Array.from({ length: 20 }, (_, k) => 60 + k * 65).filter((at) => [...steady].every((start) => Math.abs(start - wordsBefore(at)) > 8));
    expect(inside.length).toBeGreaterThanOrEqual(10);
    const broken = inside.filter((at) => paragraphStarts(withSilence(at, 8)).some((start) => start >= wordsBefore(at - 1) && start <= wordsBefore(at) + 3));
    console.log(`seed 001 with an 8 s silence put before one caption line: a paragraph starts there for ${broken.length} of ${inside.length} lines`);
    expect(broken.length / inside.length).toBeGreaterThanOrEqual(0.2);
  });
});
