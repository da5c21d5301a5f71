/**
 * DOCX for sending to a guest for review: the episode's title, headers as headings, each turn as a
 * paragraph with the speaker's name in bold and the time as small grey text before it. Written by the
 * `docx` package, which packs in the browser and in Node alike.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { EpisodeDocument } from '../episode/document.js';
import { readingBlocks } from './reading-blocks.js';
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
  for (const block of readingBlocks(doc)) {
    if (block.kind === 'heading') {
      children.push(new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 }));
      continue;
    }
    const runs: TextRun[] = [];
    if (block.head?.time !== undefined) runs.push(new TextRun({ text: `${block.head.time}  `, size: 16, color: '808080' }));
    if (block.head?.who !== undefined) runs.push(new TextRun({ text: `${block.head.who}: `, bold: true }));
    runs.push(new TextRun(block.text));
    children.push(new Paragraph({ children: runs, spacing: { after: 120 } }));
  }
  const document = new Document({ creator: 'Episode Editor', title: typeof title === 'string' ? title : doc.file, sections: [{ children }] });
  return Packer.toArrayBuffer(document).then((buffer) => new Uint8Array(buffer));
}
