import { describe, expect, it } from 'vitest';
import { ImportError, importSubtitles, parseSrt, parseVtt, voiceSpans } from '../../../shared/import/index.js';
import { importFixture, nonDecreasing, secs, seedTurns, turnWords } from './support.js';

const seed = seedTurns();
const seedWords = seed.flatMap((t) => t.line.split(/\s+/));

describe('importSubtitles on SRT made from the seed episode', () => {
  const result = importSubtitles(importFixture('episode.srt'), { format: 'srt' });

  it('keeps every word in order, merged from 106 cues into paragraphs', () => {
    expect(turnWords(result.items)).toEqual(seedWords);
    expect(result.items.length).toBeLessThan(106 / 2);
    expect(result.notes[0]).toBe(`106 cues merged into ${result.items.length} paragraphs; speakers not assigned`);
  });

  it('times paragraphs from their cues, never going back, starting at the first cue', () => {
    expect(secs(result.items)[0]).toBe(93);
    expect(nonDecreasing(secs(result.items))).toBe(true);
  });
});

describe('importSubtitles on WebVTT with voice tags', () => {
  const result = importSubtitles(importFixture('episode.vtt'), { format: 'vtt' });
  const turns = result.items.filter((t) => t.kind === 'turn');

  it('keeps every word and starts a new turn at each change of voice, with that speaker', () => {
    expect(turnWords(turns)).toEqual(seedWords);
    const changes = (whos: (string | undefined)[]) => whos.filter((w, i) => i === 0 || w !== whos[i - 1]);
    expect(changes(turns.map((t) => t.who))).toEqual(changes(seed.map((t) => t.who)));
    expect(result.notes[0]).toContain('speakers from voice tags: Alexey, Katie');
  });

  it('gives each speaker change the seed’s time', () => {
    const seedStarts = seed.filter((t, i) => i === 0 || t.who !== seed[i - 1]!.who).map((t) => t.sec);
    const starts = turns.filter((t, i) => i === 0 || t.who !== turns[i - 1]!.who).map((t) => t.sec);
    expect(starts).toEqual(seedStarts);
  });
});

describe('WebVTT cue text', () => {
  it('splits voices, drops other tags and timestamps, decodes entities', () => {
    expect(voiceSpans('<v.loud Alexey Grigorev><i>Hi</i> &amp; <c.yellow>welcome</c></v> <v Katie><00:00:02.000>Thanks &lt;3')).toEqual([
      { voice: 'Alexey Grigorev', text: 'Hi & welcome' },
      { text: ' ' },
      { voice: 'Katie', text: 'Thanks <3' },
    ].filter((s) => s.text.trim() !== ''));
  });

  it('skips NOTE and STYLE blocks and reads cue settings', () => {
    const vtt = 'WEBVTT - a title\n\nSTYLE\n::cue { color: red }\n\nNOTE a note\nspanning lines\n\n1\n00:01.500 --> 00:04.000 align:start\nHello there\n';
    expect(parseVtt(vtt)).toEqual([{ start: 1.5, end: 4, spans: [{ text: 'Hello there' }], line: 10 }]);
  });

  it('reads rolling captions (each cue repeating the line before) once', () => {
    const vtt = [
      'WEBVTT', '',
      '00:00:00.000 --> 00:00:02.000', 'so we started', '',
      '00:00:02.000 --> 00:00:02.010', 'so we started', '',
      '00:00:02.010 --> 00:00:04.000', 'so we started', 'the community in', '',
      '00:00:04.000 --> 00:00:06.000', 'the community in', '2020 yeah', '',
    ].join('\n');
    const result = importSubtitles(vtt, { format: 'vtt' });
    expect(turnWords(result.items).join(' ')).toBe('so we started the community in 2020 yeah');
    expect(result.notes).toContain('3 repeated line(s) of rolling captions read once');
  });

  it('keeps a line that happens to repeat the one before when the file is not rolling', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nNo.\n\n2\n00:00:03,000 --> 00:00:04,000\nNo.\n\n3\n00:00:05,000 --> 00:00:06,000\nWell, maybe.\n\n4\n00:00:07,000 --> 00:00:08,000\nOkay then.\n';
    expect(turnWords(importSubtitles(srt, { format: 'srt' }).items)).toEqual(['No.', 'No.', 'Well,', 'maybe.', 'Okay', 'then.']);
  });
});

describe('subtitle errors', () => {
  it('skips an SRT cue that has no time line, naming it and its line', () => {
    const cues = Array.from({ length: 11 }, (_, i) => `${i + 1}\n00:00:${String(i * 2).padStart(2, '0')},000 --> 00:00:${String(i * 2 + 1).padStart(2, '0')},500\nline ${i + 1}\n`);
    const srt = `${cues.join('\n')}\n12\nthe time line is missing\n`;
    const line = srt.split('\n').indexOf('12') + 1;
    expect(line).toBe(45);
    expect(parseSrt(srt, 'bad.srt')).toHaveLength(11);
    expect(importSubtitles(srt, { format: 'srt', file: 'bad.srt' }).notes).toContain('1 block(s) that are no cue skipped, as players skip them: line 45: cue 12 has no time line, skipped: “the time line is missing”');
  });

  it('wants the WEBVTT header', () => {
    expect(() => parseVtt('00:01.000 --> 00:02.000\nhi\n', 'x.vtt')).toThrow(new ImportError('x.vtt', 1, 'a WebVTT file starts with a `WEBVTT` line; found “00:01.000 --> 00:02.000”'));
  });
});
