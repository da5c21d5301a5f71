import type { EpisodeDocument } from './document.js';
import { parseEpisode } from './parse.js';

/** How many transcript items a first screen needs, with room to scroll a little. */
const PREVIEW_ITEMS = 60;

/**
 * Where a file's first `items` transcript items end, when it has more: the start of the next item's
 * line. Undefined when the transcript is no longer than that, or cannot be found by its lines.
 */
export function transcriptPrefixEnd(text: string, items = PREVIEW_ITEMS): number | undefined {
  const key = /^transcript:[ \t]*\r?$/m.exec(text);
  if (!key) return undefined;
  let indent: string | undefined;
  let count = 0;
  let pos = text.indexOf('\n', key.index) + 1;
  while (pos > 0 && pos < text.length) {
    const next = text.indexOf('\n', pos);
    const line = text.slice(pos, next < 0 ? text.length : next);
    const item = /^( *)-(?: |\r?$)/.exec(line);
    if (item && (indent === undefined || item[1] === indent)) {
      indent = item[1]!;
      if (++count > items) return pos;
    } else if (indent !== undefined && /^\S/.test(line) && !line.startsWith('#') && !(indent === '' && line.startsWith('-'))) {
      // The next top-level key, or the closing `---`: the transcript ended within the first items.
      return undefined;
    }
    pos = next + 1;
  }
  return undefined;
}

/**
 * The start of a long episode, parsed alone: its frontmatter up to the first items of its transcript,
 * enough for a first screen in a fraction of the time of a whole parse. Undefined where the file is
 * short or cannot be cut cleanly there (the whole parse then decides, and reports what is wrong).
 */
export function previewEpisode(text: string, file = 'episode.md'): EpisodeDocument | undefined {
  const end = transcriptPrefixEnd(text);
  if (end === undefined) return undefined;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  try {
    return parseEpisode(`${text.slice(0, end)}---${newline}`, file);
  } catch {
    return undefined;
  }
}
