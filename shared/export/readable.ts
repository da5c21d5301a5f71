/**
 * Plain text and Markdown for reading: `[M:SS] Name: text`, the paragraphs that follow by the same
 * speaker under it without the prefix (the turn's first time stands for them), headers as headings (`## Title` in Markdown).
 */
import type { EpisodeDocument } from '../episode/document.js';
import { formatTime } from '../episode/time.js';
import { oneLine } from './text.js';

/** `txt` or `markdown`. */
export function exportReadable(doc: EpisodeDocument, markdown: boolean): { text: string; warnings: string[] } {
  const blocks: string[] = [];
  let speaker: string | undefined;
  const esc = markdown ? escapeMarkdown : (t: string) => t;
  for (const item of doc.items) {
    if (item.kind === 'header') {
      const title = oneLine(item.header);
      if (title === '') continue;
      blocks.push(markdown ? `## ${esc(title)}` : title);
      speaker = undefined;
      continue;
    }
    if (item.kind !== 'turn') continue;
    const text = oneLine(item.line);
    if (text === '') continue;
    const who = item.who?.trim() || undefined;
    if (who !== undefined && who === speaker) {
      blocks.push(esc(text));
      continue;
    }
    speaker = who;
    const time = item.sec !== undefined ? `[${formatTime(item.sec)}]` : '';
    const name = who !== undefined ? `${who}:` : '';
    const head = [time, name].filter((s) => s !== '').join(' ');
    if (head === '') blocks.push(esc(text));
    else blocks.push(markdown ? `**${esc(head)}** ${esc(text)}` : `${head} ${text}`);
  }
  return { text: blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`, warnings: [] };
}

/** Text that Markdown shows as it is: its markup characters escaped, and a line start that would make a list or heading. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_<>]/g, '\\$&').replace(/^(#|[-+] |\d+[.)] )/, '\\$1');
}
