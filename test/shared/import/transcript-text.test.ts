import { describe, expect, it } from 'vitest';
import { formatTime } from '../../../shared/episode/index.js';
import { ImportError, classifyTranscriptLine, importTranscriptText } from '../../../shared/import/index.js';
import { importFixture, seedTurns } from './support.js';

const seed = seedTurns();
/** Whether each seed turn starts a block in the text forms (a new speaker or time) or continues one. */
const startsBlock = seed.map((t, i) => i === 0 || t.who !== seed[i - 1]!.who || t.sec !== seed[i - 1]!.sec);

describe.each(['blocks.txt', 'blocks-bracketed.txt', 'otter.txt', 'name-colon-timed.md'])('importTranscriptText on %s', (name) => {
  const result = importTranscriptText(importFixture(name), { file: name });

  it('gives the seed episode’s turns back: text, speaker and time', () => {
    expect(result.format).toBe('transcript');
    expect(result.items).toEqual(
      seed.map((t, i) => (startsBlock[i] ? { kind: 'turn', line: t.line, who: t.who, sec: t.sec, time: formatTime(t.sec) } : { kind: 'turn', line: t.line, who: t.who })),
    );
  });

  it('makes continuation paragraphs items with the speaker and no time, as in the corpus', () => {
    expect(result.items.filter((t) => t.kind === 'turn' && t.sec === undefined)).toHaveLength(startsBlock.filter((s) => !s).length);
    expect(result.notes).toEqual(['27 paragraphs, 2 speaker(s): Alexey, Katie']);
  });
});

describe('importTranscriptText on `Name: text` lines', () => {
  it('reads speakers and continuation paragraphs without times', () => {
    const result = importTranscriptText(importFixture('name-colon.txt'));
    expect(result.items).toEqual(seed.map((t) => ({ kind: 'turn', line: t.line, who: t.who })));
  });

  it('keeps text before the first speaker as a paragraph without one, and reads headings as headers', () => {
    const result = importTranscriptText('Recorded live.\n\n# Intro\n\nAlexey: Hi there.\nKatie: Hello!\n');
    expect(result.items).toEqual([
      { kind: 'turn', line: 'Recorded live.' },
      { kind: 'header', header: 'Intro' },
      { kind: 'turn', line: 'Hi there.', who: 'Alexey' },
      { kind: 'turn', line: 'Hello!', who: 'Katie' },
    ]);
    expect(result.notes).toContain('1 paragraph(s) have no speaker');
  });
});

describe('classifyTranscriptLine', () => {
  it.each([
    ['1:33', { kind: 'time', sec: 93 }],
    ['[01:02:03]', { kind: 'time', sec: 3723 }],
    ['[1:33] Alexey', { kind: 'time', sec: 93, speaker: 'Alexey' }],
    ['1:33 - Katie Bauer', { kind: 'time', sec: 93, speaker: 'Katie Bauer' }],
    ['Alexey  00:01:33', { kind: 'time', sec: 93, speaker: 'Alexey' }],
    ['Speaker 1 (1:33)', { kind: 'time', sec: 93, speaker: 'Speaker 1' }],
    ['Alexey:', { kind: 'speaker', speaker: 'Alexey' }],
    ['Alexey: Hi, Katie.', { kind: 'said', speaker: 'Alexey', text: 'Hi, Katie.' }],
    ['**Eugene:** Section headers', { kind: 'said', speaker: 'Eugene', text: 'Section headers' }],
    ['[2:27] Alexey: Before we go', { kind: 'said', speaker: 'Alexey', text: 'Before we go', sec: 147 }],
    ['0:04 welcome to the show', { kind: 'text', text: 'welcome to the show', sec: 4 }],
    ['Note: this is prose', { kind: 'text', text: 'Note: this is prose' }],
    ['Yeah, Katie. Katie Bauer.', { kind: 'text', text: 'Yeah, Katie. Katie Bauer.' }],
    ['## Katie’s background', { kind: 'heading', title: 'Katie’s background' }],
    ['   ', { kind: 'blank' }],
  ])('%j', (line, expected) => expect(classifyTranscriptLine(line)).toEqual(expected));
});

describe('importTranscriptText errors', () => {
  it('names the line of a time with no text after it', () => {
    expect(() => importTranscriptText('1:33\nAlexey\nHello.\n\n2:00\nKatie\n\n3:00\nAlexey\nBye.', { file: 't.txt' })).toThrow(
      new ImportError('t.txt', 5, 'the time 2:00 has no text after it (the next time is at line 8)'),
    );
  });

  it('refuses text with neither times nor speakers', () => {
    expect(() => importTranscriptText('just some words\nand more', { file: 't.txt' })).toThrow('t.txt: expected `Name: text` lines or time / speaker / paragraph blocks, found neither');
  });
});

