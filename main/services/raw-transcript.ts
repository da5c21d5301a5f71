import { basename } from 'node:path';
import { decodeRawText } from '../../shared/import/decode-text.js';
import { readFileBytes } from './files.js';

/** A raw transcript read for import: its text in whatever common encoding it is in, and a notice when it was not UTF-8. */
export interface RawTranscriptText {
  readonly text: string;
  /** How the file was read when not as UTF-8 (`read as Windows-1252`), for the user. */
  readonly notice?: string;
}

/** Reads a raw transcript (a byte order mark picks UTF-8/16/32; else UTF-8, else Windows-1252 with a notice); `label` names it in messages. */
export async function readRawTranscript(path: string, label = basename(path)): Promise<RawTranscriptText> {
  const { text, notice } = decodeRawText(await readFileBytes(path), label);
  return notice === undefined ? { text } : { text, notice };
}
