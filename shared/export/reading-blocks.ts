/**
 * An episode as people read it: headers as headings, each turn as a paragraph, headed by its time and
 * speaker only where the speaker changes (the paragraphs that follow by the same speaker go under it).
 * Plain text, Markdown and DOCX are each a way of writing these.
 */
import type { EpisodeDocument } from '../episode/document.js';
import { formatTime } from '../episode/time.js';
import { oneLine } from './text.js';

/** A heading (a header item), or a turn's paragraph with its head when a new speaker starts. */
export type ReadingBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly head?: { readonly time?: string; readonly who?: string } };

/** The blocks of an episode, in order; empty headers and empty turns are left out. */
export function readingBlocks(doc: EpisodeDocument): ReadingBlock[] {
  const blocks: ReadingBlock[] = [];
  let speaker: string | undefined;
  for (const item of doc.items) {
    if (item.kind === 'header') {
      const text = oneLine(item.header);
      if (text === '') continue;
      blocks.push({ kind: 'heading', text });
      speaker = undefined;
      continue;
    }
    if (item.kind !== 'turn') continue;
    const text = oneLine(item.line);
    if (text === '') continue;
    const who = item.who?.trim() || undefined;
    if (who !== undefined && who === speaker) {
      blocks.push({ kind: 'paragraph', text });
      continue;
    }
    speaker = who;
    const time = item.sec !== undefined ? formatTime(item.sec) : undefined;
    blocks.push({ kind: 'paragraph', text, head: { ...(time !== undefined && { time }), ...(who !== undefined && { who }) } });
  }
  return blocks;
}
