/**
 * Plain text and Markdown for reading: `[M:SS] Name: text`, the paragraphs that follow by the same
 * speaker under it without the prefix (the turn's first time stands for them), headers as headings (`## Title` in Markdown).
 */
import type { EpisodeDocument } from '../episode/document.js';
import { readingBlocks } from './reading-blocks.js';

/** `txt` or `markdown`. */
export function exportReadable(doc: EpisodeDocument, markdown: boolean): { text: string; warnings: string[] } {
  const esc = markdown ? escapeMarkdown : (t: string) => t;
  const blocks = readingBlocks(doc).map((block) => {
    if (block.kind === 'heading') return markdown ? `## ${esc(block.text)}` : block.text;
    const head = [block.head?.time !== undefined ? `[${block.head.time}]` : '', block.head?.who !== undefined ? `${block.head.who}:` : ''].filter((s) => s !== '').join(' ');
    if (head === '') return esc(block.text);
    return markdown ? `**${esc(head)}** ${esc(block.text)}` : `${head} ${block.text}`;
  });
  return { text: blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`, warnings: [] };
}

/** Text that Markdown shows as it is: its markup characters escaped, and a line start that would make a list or heading. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_<>]/g, '\\$&').replace(/^(#|[-+] |\d+[.)] )/, '\\$1');
}
