import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../shared/export/docx.js';
import { exportEpisode } from '../../../shared/export/index.js';
import { corpusDocs, seedDoc } from './support.js';
import { unzipEntry } from './zip.js';

/** The text of document.xml's paragraphs, one string per paragraph, runs joined. */
function paragraphs(xml: string): { text: string; bold: string[]; style?: string }[] {
  const decode = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const body = m[1] ?? m[2] ?? '';
    const runs = [...body.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => ({ bold: /<w:b\/>|<w:b w:val="true"\/>/.test(r[1]!), text: decode([...r[1]!.matchAll(/<w:t[^>]*>([\s\S]*?)<\/w:t>/g)].map((t) => t[1]).join('')) }));
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1];
    return { text: runs.map((r) => r.text).join(''), bold: runs.filter((r) => r.bold).map((r) => r.text), ...(style && { style }) };
  });
}

describe('DOCX', () => {
  it('holds the seed’s title, headers as headings and every turn with its time and speaker in bold', async () => {
    const doc = seedDoc();
    const zip = await exportDocx(doc);
    expect(Buffer.from(zip.subarray(0, 2)).toString()).toBe('PK');
    const read = paragraphs(unzipEntry(zip, 'word/document.xml'));
    expect(read[0]).toEqual({ text: 'Data Science Career Development', bold: [], style: 'Title' });
    expect(read[1]).toMatchObject({ text: '1:33  Alexey: This week we\'ll talk about data science career development. We have a special guest today, Katie. Am I pronouncing it correctly? Katie?', bold: ['Alexey: '] });
    expect(read.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(doc.items.flatMap((i) => (i.kind === 'header' ? [i.header] : [])));
    // The same words as the plain text export, in the same order.
    const txt = exportEpisode(doc, 'txt').text.split('\n\n').map((b) => b.trim().replace(/^\[(\d+:\d{2}(?::\d{2})?)\] /, '$1  '));
    expect(read.slice(1).map((p) => p.text)).toEqual(txt);
  });

  it('holds every word of real episodes', async () => {
    for (const real of corpusDocs.slice(0, 20)) {
      const read = paragraphs(unzipEntry(await exportDocx(real), 'word/document.xml'));
      const text = read.map((p) => p.text).join(' ');
      const squash = (t: string) => t.replace(/\s+/g, '');
      const expected = exportEpisode(real, 'txt').text.replace(/\[(\d+:\d{2}(?::\d{2})?)\] /g, '$1');
      const title = real.entries.find((e) => e.key === 'title')?.value;
      expect({ file: real.file, text: squash(text) }).toEqual({ file: real.file, text: squash((typeof title === 'string' ? title : '') + expected) });
    }
  });
});
