import { basename } from 'node:path';
import { MAX_EPISODE_CHARS } from '../../shared/episode/index.js';
import { decodeRawText } from '../../shared/import/decode-text.js';
import { readFileBytes } from './files.js';

/** A raw transcript read for import: its text in whatever common encoding it is in, and a notice when it was not UTF-8. */
export interface RawTranscriptText {
  readonly text: string;
  /** How the file was read when not as UTF-8 (`read as Windows-1252`), for the user. */
  readonly notice?: string;
}

/**
 * Reads a raw transcript (a byte order mark picks UTF-8/16/32; else UTF-8, else Windows-1252 with a
 * notice); `label` names it in messages. One longer than an episode may be is refused once decoded,
 * before an importer or the page gets any of it.
 */
export async function readRawTranscript(path: string, label = basename(path)): Promise<RawTranscriptText> {
  const { text, notice } = decodeRawText(await readFileBytes(path), label);
  if (text.length > MAX_EPISODE_CHARS) {
    const millions = (n: number) => `${(n / 1e6).toFixed(1)} million`;
    throw new Error(`${label}: ${millions(text.length)} characters, more than the ${millions(MAX_EPISODE_CHARS)} a transcript or caption file may have: refused`);
  }
  return notice === undefined ? { text } : { text, notice };
}
