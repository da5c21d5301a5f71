import { describe, expect, it } from 'vitest';
import { decodeRawText } from '../../../shared/import/decode-text.js';
import { ImportError } from '../../../shared/import/index.js';

const TEXT = '1\n00:00:01,000 --> 00:00:02,000\n“Café” – naïve 🎙\n';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

function utf32(text: string, littleEndian: boolean): Uint8Array {
  const points = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
  const out = new Uint8Array(points.length * 4);
  points.forEach((p, i) => new DataView(out.buffer).setUint32(i * 4, p, littleEndian));
  return out;
}

describe('decodeRawText', () => {
  it('reads UTF-8, with or without a BOM, saying nothing', () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(decodeRawText(bytes, 'a.srt')).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeRawText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]), 'a.srt')).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it.each([
    ['UTF-16 (little-endian)', 'utf-16le', utf16(TEXT, true)],
    ['UTF-16 (big-endian)', 'utf-16be', utf16(TEXT, false)],
    ['UTF-32 (little-endian)', 'utf-32le', utf32(TEXT, true)],
    ['UTF-32 (big-endian)', 'utf-32be', utf32(TEXT, false)],
  ])('reads %s by its byte order mark, with a notice', (name, encoding, bytes) => {
    expect(decodeRawText(bytes, 'a.srt')).toEqual({ text: TEXT, encoding, notice: `a.srt: read as ${name}, from its byte order mark` });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, naming the line of the first bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('1\n00:00:01,000 --> 00:00:02,000\n'), 0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x0a]);
    expect(decodeRawText(bytes, 'a.srt')).toEqual({
      text: '1\n00:00:01,000 --> 00:00:02,000\n“Café” – €\n',
      encoding: 'windows-1252',
      notice: 'a.srt: not UTF-8 (line 3: byte 0x93); read as Windows-1252',
    });
  });

  it('refuses bytes that are not what their byte order mark says, naming the file', () => {
    expect(() => decodeRawText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), 'a.srt')).toThrow(new ImportError('a.srt', null, 'its byte order mark says UTF-16 (little-endian), but it is not valid UTF-16 (little-endian)'));
    expect(() => decodeRawText(new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00]), 'a.srt')).toThrow('a.srt: its byte order mark says UTF-32, but its length is not a multiple of 4 bytes');
  });
});
