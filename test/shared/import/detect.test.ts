import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPECTED_FORMATS, ImportError, detectFormat, importRaw } from '../../../shared/import/index.js';
import { filesOf } from '../../support/paths.js';
import { importFixture, seedText } from './support.js';

describe('detectFormat', () => {
  it.each([
    ['001', 'captions'],
    ['002', 'text'],
  ])('reads seed %s as %s', (prefix, format) => expect(detectFormat(seedText(prefix))).toBe(format));

  it.each([
    ['blocks.txt', 'transcript'],
    ['blocks-bracketed.txt', 'transcript'],
    ['otter.txt', 'transcript'],
    ['name-colon.txt', 'transcript'],
    ['name-colon-timed.md', 'transcript'],
    ['episode.srt', 'srt'],
    ['episode.vtt', 'vtt'],
    ['chapters-000.txt', 'chapters'],
  ])('reads the fixture %s as %s', (name, format) => expect(detectFormat(importFixture(name), name)).toBe(format));

  it('reads every real chapter list as chapters', () => {
    const files = filesOf('chapters');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect([file, detectFormat(readFileSync(file, 'utf8'), file)]).toEqual([file, 'chapters']);
  });

  it('reads captions copied from a video page (time line, text line) as captions', () => {
    const copied = seedText('001').split('\n').slice(0, 40).map((l) => l.replace(' ', '\n')).join('\n');
    expect(detectFormat(copied)).toBe('captions');
  });

  it('reads a chapter list in M:SS as chapters and a few caption lines as captions', () => {
    expect(detectFormat('0:00 Intro\n2:30 Background\n10:05 Main topic\n')).toBe('chapters');
    expect(detectFormat('0:00 welcome everyone um my name is\n0:04 welcome to the show\n0:08 today we talk\n')).toBe('captions');
  });

  it('names the line where detected captions break', () => {
    const broken = seedText('001').split('\n').slice(0, 20);
    broken.splice(12, 0, 'a line without its time');
    expect(() => importRaw(broken.join('\n'), { file: 'cap.txt' })).toThrow('cap.txt:13: expected a caption line starting with its time (`0:04 text`), found “a line without its time”');
  });

  it('reads a short reply in prose as plain text, not as a speaker line', () => {
    expect(detectFormat('Yes\nit is what it is\n')).toBe('text');
  });
});

describe('inputs that are no transcript', () => {
  const refused = (text: string, why: string) => {
    expect(() => detectFormat(text, 'input.txt')).toThrow(ImportError);
    expect(() => detectFormat(text, 'input.txt')).toThrow(`input.txt: not a transcript this app can import: ${why}; ${EXPECTED_FORMATS}`);
  };

  it('refuses an empty file', () => refused('', 'the file is empty'));
  it('refuses a file of blank lines', () => refused('\n  \n\t\n', 'the file is empty'));
  it('refuses binary data', () => refused(readFileSync('/bin/true', 'latin1'), 'it is binary data, not text'));
  it('refuses bytes that are not UTF-8 text', () => refused(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x01]).toString('utf8'), 'it is binary data, not text'));
  it('refuses JSON', () => refused('{"events": [{"tStartMs": 0}]}', 'it is JSON data'));
  it('refuses markup', () => refused('<?xml version="1.0"?><tt><body/></tt>', 'it is XML or HTML markup'));
  it('refuses digits and symbols', () => refused('12 34 56 -- ## 99', 'it has too few letters to be text'));
  it('refuses an episode file', () => refused(seedText('000'), 'it already is an episode file (YAML frontmatter between `---` lines): open it instead'));

  it('names the expected formats in the message', () => {
    expect(EXPECTED_FORMATS).toBe(
      'expected video captions (`0:04 text` lines), SRT/WebVTT cues, a chapter list (`00:00:00 Title` lines), `Name: text` lines, time/speaker/paragraph blocks, or plain text',
    );
  });
});

describe('importRaw with a format given', () => {
  it('reads plain text as captions only if it is captions, naming the line', () => {
    expect(() => importRaw(seedText('002'), { file: '002.txt', format: 'captions' })).toThrow(/^002\.txt:1: expected a caption line starting with its time \(`0:04 text`\), found “this mock interview/);
  });

  it('reads a file as SRT only if it has cues, naming the line', () => {
    expect(() => importRaw('Hello there\nGeneral Kenobi\n', { file: 'x.srt', format: 'srt' })).toThrow(
      'x.srt:1: no cue found (a `00:00:01,000 --> 00:00:04,000` time line, its text below it); here, text before the first cue, skipped: “Hello there”',
    );
  });

  it('reads captions as plain text when told so, keeping the times as words', () => {
    const result = importRaw('0:00 hello there\n0:04 general kenobi\n', { format: 'text' });
    expect(result.format === 'text' && result.items.map((t) => t.kind === 'turn' && t.line)).toEqual(['0:00 hello there 0:04 general kenobi']);
  });

  it('still refuses junk', () => {
    expect(() => importRaw('', { file: 'e.txt', format: 'text' })).toThrow('e.txt: not a transcript this app can import: the file is empty');
  });
});
