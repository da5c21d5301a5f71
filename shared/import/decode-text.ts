/** The text of a raw file in any common encoding: a byte order mark picks it, else UTF-8, else Windows-1252. */
import { ImportError } from './types.js';

/** A raw file's text, the encoding it was read in, and a notice for the user when that was not plain UTF-8. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'windows-1252';
  /** Says how the file was read when it was not UTF-8 (shown by the import dialog, printed by the CLI). */
  readonly notice?: string;
}

type Encoding = DecodedText['encoding'];

/** The platform's TextDecoder (Node and browsers have it; shared code is compiled without their type libraries). */
const TextDecoder = (globalThis as unknown as { TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => { decode(bytes: Uint8Array): string } }).TextDecoder;

const BOMS: readonly (readonly [Encoding, readonly number[]])[] = [
  ['utf-32le', [0xff, 0xfe, 0x00, 0x00]],
  ['utf-32be', [0x00, 0x00, 0xfe, 0xff]],
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

const NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'utf-32le': 'UTF-32 (little-endian)',
  'utf-32be': 'UTF-32 (big-endian)',
  'windows-1252': 'Windows-1252',
};

/**
 * Decodes a raw transcript's bytes: a byte order mark picks UTF-8, UTF-16 or UTF-32 (the mark is not
 * kept); without one, strict UTF-8, else Windows-1252 with a notice naming the first byte that is not
 * UTF-8. Throws ImportError naming the file when the bytes are not what their mark says.
 */
export function decodeRawText(bytes: Uint8Array, file: string): DecodedText {
  const bom = BOMS.find(([, mark]) => mark.every((b, i) => bytes[i] === b));
  if (bom) {
    const [encoding, mark] = bom;
    const body = bytes.subarray(mark.length);
    const text = encoding.startsWith('utf-32') ? decodeUtf32(body, encoding === 'utf-32le', file) : strict(body, encoding, file);
    return encoding === 'utf-8' ? { text, encoding } : { text, encoding, notice: `${file}: read as ${NAMES[encoding]}, from its byte order mark` };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const at = firstNonUtf8Line(bytes);
    const notice = `${file}: not UTF-8 (line ${at.line}: byte 0x${at.byte.toString(16).toUpperCase().padStart(2, '0')}); read as Windows-1252`;
    return { text: windows1252(bytes), encoding: 'windows-1252', notice };
  }
}

function strict(bytes: Uint8Array, encoding: Encoding, file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ImportError(file, null, `its byte order mark says ${NAMES[encoding]}, but it is not valid ${NAMES[encoding]}`);
  }
}

/** UTF-32, which TextDecoder does not know: four bytes per code point. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean, file: string): string {
  if (bytes.length % 4 !== 0) throw new ImportError(file, null, 'its byte order mark says UTF-32, but its length is not a multiple of 4 bytes');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const points: number[] = [];
  for (let i = 0; i < bytes.length; i += 4) {
    const point = view.getUint32(i, littleEndian);
    if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) throw new ImportError(file, null, `its byte order mark says UTF-32, but byte ${i} holds no character (0x${point.toString(16)})`);
    points.push(point);
  }
  let text = '';
  for (let i = 0; i < points.length; i += 8192) text += String.fromCodePoint(...points.slice(i, i + 8192));
  return text;
}

/** What Windows-1252 puts at 0x80-0x9F (undefined bytes stay C1 controls, as the WHATWG decoder keeps them). */
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252 through TextDecoder; Node 20's decoder reads 0x80-0x9F as Latin-1 (C1 controls), so those are mapped here. */
function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80]!);
}

function firstNonUtf8Line(bytes: Uint8Array): { line: number; byte: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      const bad = bytes.subarray(start, i).find((b) => b >= 0x80) ?? 0;
      return { line, byte: bad };
    }
    line++;
    start = i + 1;
  }
  return { line, byte: 0 };
}
