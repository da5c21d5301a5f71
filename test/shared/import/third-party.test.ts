import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeRawText } from '../../../shared/import/decode-text.js';
import { detectFormat, ImportError, importRaw, type TranscriptImport } from '../../../shared/import/index.js';
import { fixture } from '../../support/paths.js';
import { expected, type ReferenceCue } from './third-party-reference.js';
import { turnWords } from './support.js';

const DIR = fixture('import/third-party');
const NAMES = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(`${DIR}/${d.name}`).filter((f) => /\.(srt|vtt)$/.test(f)).map((f) => `${d.name}/${f}`))
  .sort();

/** The fixture's text as the importer gets it (decoded from its bytes) and the notice about its encoding. */
const read = (name: string) => decodeRawText(readFileSync(`${DIR}/${name}`), name);

/** Each turn's start must fall within the cue its first word comes from. */
function timesWithinCues(result: TranscriptImport, cues: readonly ReferenceCue[]): string[] {
  const cueOfWord = cues.flatMap((c) => c.words.map(() => c));
  const wrong: string[] = [];
  let word = 0;
  for (const item of result.items) {
    if (item.kind !== 'turn') continue;
    const cue = cueOfWord[word]!;
    const [from, to] = [Math.floor(cue.start), Math.max(Math.floor(cue.start), Math.ceil(cue.end))];
    if (item.sec === undefined || item.sec < from || item.sec > to) wrong.push(`“${item.line.slice(0, 30)}” at ${item.sec}, its cue ${cue.start}-${cue.end}`);
    word += item.line.split(/\s+/).filter((w) => w !== '').length;
  }
  return wrong;
}

describe('third-party subtitle fixtures (pysrt, webvtt-py, subtitle.js, node-webvtt, WPT)', () => {
  it('are the 58 files the README lists', () => {
    expect(NAMES).toHaveLength(58);
    const readme = readFileSync(`${DIR}/README.md`, 'utf8');
    for (const name of NAMES) expect(readme, name).toContain(name.split('/')[1]!.replace(/\.(srt|vtt)$/, ''));
  });

  it.each(NAMES)('%s: every cue word in order at its cue’s time, or refused naming the file and line', (name) => {
    const { text } = read(name);
    const format = name.endsWith('.srt') ? 'srt' : 'vtt';
    const want = expected(name, text);
    if (want.kind === 'refused') {
      let error: unknown;
      try {
        importRaw(text, { file: name, format });
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ImportError);
      const refusal = error as ImportError;
      expect(refusal.message.startsWith(`${name}${want.line === null ? ':' : `:${want.line}:`} `)).toBe(true);
      expect(refusal.message).toMatch(want.message);
      return;
    }
    expect(detectFormat(text, name)).toBe(format);
    const result = importRaw(text, { file: name, format }) as TranscriptImport;
    expect(turnWords(result.items)).toEqual(want.cues.flatMap((c) => c.words));
    expect(timesWithinCues(result, want.cues)).toEqual([]);
    const skipped = /(\d+) block\(s\) that are no cue skipped/.exec(result.notes.join('\n'))?.[1];
    expect(Number(skipped ?? 0)).toBe(want.skipped ?? 0);
    expect(result.notes.some((n) => n.includes('rolling captions read once'))).toBe(want.rolling === true);
  });
});

describe('third-party fixtures in other encodings', () => {
  const utf8 = read('pysrt/utf-8.srt');

  it.each([
    ['pysrt/bom-utf-8.srt', undefined],
    ['pysrt/bom-utf-16-le.srt', 'read as UTF-16 (little-endian), from its byte order mark'],
    ['pysrt/bom-utf-16-be.srt', 'read as UTF-16 (big-endian), from its byte order mark'],
    ['pysrt/bom-utf-32-le.srt', 'read as UTF-32 (little-endian), from its byte order mark'],
    ['pysrt/bom-utf-32-be.srt', 'read as UTF-32 (big-endian), from its byte order mark'],
  ])('%s is read by its byte order mark, the same text as the UTF-8 one', (name, notice) => {
    const decoded = read(name);
    expect(decoded.notice).toBe(notice === undefined ? undefined : `${name}: ${notice}`);
    expect(decoded.text).toBe(read('pysrt/bom-utf-8.srt').text);
    expect(decoded.text.startsWith('1\n00:00:06,500')).toBe(true);
  });

  it('reads Windows-1252 without a BOM as such, saying so, the same text as the UTF-8 copy', () => {
    const decoded = read('pysrt/windows-1252.srt');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.notice).toMatch(/^pysrt\/windows-1252\.srt: not UTF-8 \(line \d+: byte 0x[0-9A-F]{2}\); read as Windows-1252$/);
    const plain = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    expect(plain(decoded.text)).toBe(plain(utf8.text));
    expect(utf8.notice).toBeUndefined();
  });
});
