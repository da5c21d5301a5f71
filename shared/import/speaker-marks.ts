/** Speaker markers inside caption text: `>>` (broadcast captions: another speaker) and `Name:` where a speaker starts. */
import { nameColon } from './names.js';

/** A run of words after a speaker marker, or before the first one. */
export interface MarkedRun {
  readonly words: readonly string[];
  /** A marker opens the run: another speaker starts here. */
  readonly newSpeaker: boolean;
  /** The speaker a `Name:` marker names. */
  readonly name?: string;
}

const ARROWS = /^(?:>>|&gt;&gt;|»)$/;

/**
 * The words of one caption line split at `>>` markers (the markers dropped); a run that a marker
 * opens, or the line's first when `lineStart`, may begin with `Name:` (`Alexey:`, `Katie Bauer:`),
 * which names its speaker and is dropped too (unless `names` is false). A line with no marker is one
 * run with `newSpeaker` false.
 */
export function splitSpeakerMarks(words: readonly string[], names = true, lineStart = true): MarkedRun[] {
  const runs: MarkedRun[] = [];
  let current: string[] = [];
  let opened = false;
  const close = () => {
    if (current.length === 0 && !opened) return;
    const named = names && (opened || (runs.length === 0 && lineStart)) ? nameColon(current.join(' ')) : undefined;
    const rest = named ? named.text.split(/\s+/).filter((w) => w !== '') : current;
    if (rest.length > 0 || named) runs.push({ words: rest, newSpeaker: opened || named !== undefined, ...(named && { name: named.name }) });
    current = [];
  };
  for (const word of words) {
    if (ARROWS.test(word)) {
      close();
      opened = true;
    } else current.push(word);
  }
  close();
  return runs;
}
