import { readFileSync, statSync } from 'node:fs';
import { parseEpisode, rewriteEpisode, serializeEpisode, validateEpisode, withItems } from '../../shared/episode/index.js';
import { formatTiming, time } from './measure.js';

/** Parse, validate and write figures for one episode text. */
export function benchEngine(name: string, text: string): string[] {
  const doc = parseEpisode(text, name);
  const edited = withItems(doc, doc.items.map((item, i) => (i % 10 === 0 && item.kind === 'turn' ? { ...item, line: `${item.line} (edited)` } : item)));
  return [
    `${name}: ${(text.length / 1024).toFixed(0)} KB, ${doc.items.length} items`,
    `  parse               ${formatTiming(time(() => parseEpisode(text, name)))}`,
    `  validate            ${formatTiming(time(() => validateEpisode(doc)))}`,
    `  write unedited      ${formatTiming(time(() => serializeEpisode(doc)))}`,
    `  write, 10% edited   ${formatTiming(time(() => serializeEpisode(edited)))}`,
    `  rewrite (PyYAML)    ${formatTiming(time(() => rewriteEpisode(doc), 10))}`,
  ];
}

/** The largest of some files. */
export function largestFile(files: readonly string[]): string {
  return [...files].sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
}

/** Reads a file as UTF-8. */
export const read = (path: string) => readFileSync(path, 'utf8');
