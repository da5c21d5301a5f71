/**
 * DOCX for sending to a guest for review: the episode's title, headers as headings, each turn as a
 * paragraph with the speaker's name in bold and the time as small grey text before it. Written by the
 * `docx` package, which packs in the browser and in Node alike.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { EpisodeDocument } from '../episode/document.js';
import { formatTime } from '../episode/time.js';
import { oneLine } from './text.js';

/** What a DOCX export is, beside the text formats of EXPORTERS. */
export const DOCX_EXPORT = {
  format: 'docx',
  label: 'Word document for review (.docx)',
  extension: 'docx',
  suffix: '',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** The `.docx` bytes of an episode. Kept out of the export index so that only who writes DOCX loads the `docx` package. */
export async function exportDocx(doc: EpisodeDocument): Promise<Uint8Array> {
  const title = doc.entries.find((e) => e.key === 'title')?.value;
  const children: Paragraph[] = [];
  if (typeof title === 'string' && title.trim() !== '') children.push(new Paragraph({ text: oneLine(title), heading: HeadingLevel.TITLE }));
  let speaker: string | undefined;
  for (const item of doc.items) {
    if (item.kind === 'header') {
      const text = oneLine(item.header);
      if (text !== '') children.push(new Paragraph({ text, heading: HeadingLevel.HEADING_2 }));
      speaker = undefined;
      continue;
    }
    if (item.kind !== 'turn') continue;
    const text = oneLine(item.line);
    if (text === '') continue;
    const who = item.who?.trim() || undefined;
    const runs: TextRun[] = [];
    if (who === undefined || who !== speaker) {
      if (item.sec !== undefined) runs.push(new TextRun({ text: `${formatTime(item.sec)}  `, size: 16, color: '808080' }));
      if (who !== undefined) runs.push(new TextRun({ text: `${who}: `, bold: true }));
    }
    speaker = who;
    runs.push(new TextRun(text));
    children.push(new Paragraph({ children: runs, spacing: { after: 120 } }));
  }
  const document = new Document({ creator: 'Episode Editor', title: typeof title === 'string' ? title : doc.file, sections: [{ children }] });
  return Packer.toArrayBuffer(document).then((buffer) => new Uint8Array(buffer));
}
