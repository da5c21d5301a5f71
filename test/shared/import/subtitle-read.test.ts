import { describe, expect, it } from 'vitest';
import { detectFormat, importRaw, importSubtitles, isRolling, parseSrt, parseVtt, readSubtitles, type TranscriptImport } from '../../../shared/import/index.js';
import { secs, turnWords } from './support.js';

const srt = (...cues: string[]) => cues.join('\n\n') + '\n';
const cueTexts = (text: string, format: 'srt' | 'vtt') => readSubtitles(text, format).cues.map((c) => [c.start, c.spans.map((s) => s.text).join('|')]);

describe('SRT as players read it', () => {
  it('detects and imports the issue’s minimal file (refused before as having too few letters)', () => {
    const text = '1\n00:00:00,500 --> 00:00:02,000\nHello there\n\n2\n00:00:02,500 --> 00:00:04,000\nHow are you\n';
    expect(detectFormat(text, 'x.srt')).toBe('srt');
    const result = importRaw(text, { file: 'x.srt' }) as TranscriptImport;
    expect(turnWords(result.items)).toEqual(['Hello', 'there', 'How', 'are', 'you']);
    expect(secs(result.items)[0]).toBe(0);
  });

  it('times cues without milliseconds or numbers, with `.` or `,` decimals', () => {
    expect(cueTexts(srt('00:00:01 --> 00:00:10\nNo milliseconds', '00:00:11.5 --> 00:00:12.250\nDots', '1:02:03,4 --> 1:02:04,000\nShort hours'), 'srt')).toEqual([
      [1, 'No milliseconds'],
      [11.5, 'Dots'],
      [3723.4, 'Short hours'],
    ]);
  });

  it('keeps a blank line inside a cue as the cue’s text, and a cue number right after text', () => {
    const text = '1\n00:00:01,000 --> 00:00:02,000\nFirst line\n\nstill the first cue\n2\n00:00:03,000 --> 00:00:04,000\nSecond\n';
    expect(cueTexts(text, 'srt')).toEqual([
      [1, 'First line\nstill the first cue'],
      [3, 'Second'],
    ]);
  });

  it('removes tags players do not show: <i>, <b>, <font>, {\\an8}, and keeps `<` that opens no tag', () => {
    const text = srt('00:00:01,000 --> 00:00:02,000\n{\\an8}<font color="#ff0000"><b>Red</b></font> <i>and</i> 2<3,5>1', '00:00:03,000 --> 00:00:04,000\n<u>Under</u>');
    expect(cueTexts(text, 'srt')).toEqual([
      [1, 'Red and 2<3,5>1'],
      [3, 'Under'],
    ]);
  });

  it('skips a numbered block with no time line and text before the first cue, naming their lines', () => {
    const text = 'stray words\n\n1\n00:00:01,000 --> 00:00:02,000\nOne\n\n2\nno time\n\n3\n00:00:05,000 --> 00:00:06,000\nThree\n';
    const read = readSubtitles(text, 'srt', 'x.srt');
    expect(read.cues.map((c) => c.spans[0]!.text)).toEqual(['One', 'Three']);
    expect(read.skipped).toEqual([
      { line: 1, reason: 'text before the first cue, skipped: “stray words”' },
      { line: 7, reason: 'cue 2 has no time line, skipped: “no time”' },
    ]);
  });
});

describe('WebVTT as browsers read it', () => {
  it('reads headers, NOTE/STYLE/REGION blocks, identifiers, settings and `<c>`/timestamp tags', () => {
    const text = 'WEBVTT - title\nKind: captions\n\nSTYLE\n::cue { color: red }\n\nREGION\nid:r\n\nNOTE a note\n\nid-1\n00:00:01.000 --> 00:00:02.000 align:start region:r\nOne <00:00:01.500><c.yellow>two</c>\n';
    expect(cueTexts(text, 'vtt')).toEqual([[1, 'One two']]);
  });

  it('splits a cue whose time line follows the text above it with no blank line (youtube-dl)', () => {
    const text = 'WEBVTT\n\n00:04:46.470 --> 00:05:04.080\nyeah\nwhat\n00:05:04.080 --> 00:05:05.069\nthis will happen\n';
    expect(cueTexts(text, 'vtt')).toEqual([
      [286.47, 'yeah\nwhat'],
      [304.08, 'this will happen'],
    ]);
  });

  it('skips one bad block with a note naming its line, not the whole file', () => {
    const text = 'WEBVTT\n\n00:01.000 --> 00:02.000\nOne\n\n00:03.000 --> 00:0x.000\nBad\n\nno time\n\n00:05.000 --> 00:06.000\nThree\n';
    const result = importSubtitles(text, { format: 'vtt', file: 'x.vtt' });
    expect(turnWords(result.items)).toEqual(['One', 'Three']);
    expect(result.notes).toContain(
      '2 block(s) that are no cue skipped, as players skip them: line 6: a time line that cannot be read (`00:01.000 --> 00:04.000`), cue skipped: “00:03.000 --> 00:0x.000”; line 9: a block with no time line, skipped: “no time”',
    );
  });

  it('refuses a file without cues, naming the file and line', () => {
    expect(() => parseVtt('WEBVTT\n\nNOTE nothing here\n', 'x.vtt')).toThrow('x.vtt:1: no cue found');
    expect(() => parseSrt('1\n00:00:01,000 --> 00:00:02,000\n\n', 'x.srt')).toThrow('x.srt:1: its cues hold no text');
  });

  it('leaves a file read as subtitles by choice to the subtitle reader, which names the line (not "too few letters")', () => {
    expect(() => importRaw('1\n', { file: 'x.srt', format: 'srt' })).toThrow(/^x\.srt:1: no cue found/);
    expect(() => importRaw('1\n00:00:01,000 --> 00:00:02,000\n\n', { file: 'x.srt', format: 'srt' })).toThrow('x.srt:1: its cues hold no text');
    // Detected, a lone number is no transcript of any kind.
    expect(() => importRaw('1\n', { file: 'x.srt' })).toThrow('too few letters');
  });
});

describe('speaker markers', () => {
  it('makes `<v Name>` voices speakers', () => {
    const text = 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Alexey>Hi there</v>\n\n00:03.000 --> 00:04.000\n<v Katie>Hello</v>\n';
    expect(importSubtitles(text, { format: 'vtt' }).items.map((t) => t.kind === 'turn' && [t.who, t.line])).toEqual([
      ['Alexey', 'Hi there'],
      ['Katie', 'Hello'],
    ]);
  });

  it('reads `Name:` at a cue’s start as its speaker in a dialogue, who speaks on until the next name', () => {
    const lines = ['ALEX: Hi, how are you', 'KATIE: Fine, thanks', 'ALEX: Good to hear', 'and more from Alex', 'KATIE: Sure'];
    const text = srt(...lines.map((l, i) => `${i + 1}\n00:00:${String(i * 10).padStart(2, '0')},000 --> 00:00:${String(i * 10 + 2).padStart(2, '0')},000\n${l}`));
    const result = importSubtitles(text, { format: 'srt' });
    // Each word with its speaker (how the words fall into paragraphs is the paragraph builder's affair).
    const said = result.items.flatMap((t) => (t.kind === 'turn' ? t.line.split(' ').map((w) => `${t.who}:${w}`) : []));
    expect(said.join(' ')).toBe('ALEX:Hi, ALEX:how ALEX:are ALEX:you KATIE:Fine, KATIE:thanks ALEX:Good ALEX:to ALEX:hear ALEX:and ALEX:more ALEX:from ALEX:Alex KATIE:Sure');
    expect(result.notes[0]).toContain('speakers from `Name:` markers: ALEX, KATIE');
  });

  it('starts a new turn at each `>>`, naming the speaker when a name follows', () => {
    const text = srt('00:00:01,000 --> 00:00:02,000\n>> so what do you do', '00:00:03,000 --> 00:00:04,000\nfor a living\n>> I teach', '00:00:05,000 --> 00:00:06,000\nkids math');
    const result = importSubtitles(text, { format: 'srt' });
    expect(result.items.map((t) => t.kind === 'turn' && t.line)).toEqual(['so what do you do for a living', 'I teach kids math']);
    expect(result.notes).toContain('2 `>>` speaker change(s) start new turns');
  });

  it('leaves labels that are no dialogue as text (`Size: 9%`, `Test 4:`, one `Subtitles:` line)', () => {
    const text = srt(...['Subtitles: @someone', 'Size: 9%', 'Size: 8%', 'Test 4: Ignoring cues', 'Test 4: again', 'Size: 7%'].map((l, i) => `00:00:0${i},000 --> 00:00:0${i},500\n${l}`));
    const result = importSubtitles(text, { format: 'srt' });
    expect(turnWords(result.items)).toEqual('Subtitles: @someone Size: 9% Size: 8% Test 4: Ignoring cues Test 4: again Size: 7%'.split(' '));
    expect(result.items.every((t) => t.kind !== 'turn' || t.who === undefined)).toBe(true);
  });
});

describe('rolling captions', () => {
  it('are cues of two lines that begin with the line before; one-line repeats are not', () => {
    const one = (texts: string[]) => parseSrt(srt(...texts.map((t, i) => `00:00:0${i},000 --> 00:00:0${i},900\n${t}`)));
    expect(isRolling(one(['so we', 'so we\nstarted the', 'started the\ncommunity']))).toBe(true);
    expect(isRolling(one(['foo', 'foo', 'foo', 'bar']))).toBe(false);
    expect(turnWords(importSubtitles(srt('00:00:01,000 --> 00:00:02,000\nfoo', '00:00:03,000 --> 00:00:04,000\nfoo'), { format: 'srt' }).items)).toEqual(['foo', 'foo']);
  });
});
