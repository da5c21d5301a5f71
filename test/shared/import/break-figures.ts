/**
 * How well imported paragraphs break where the real episode's turns and sentences do: measured on
 * the real pair, the caption seed (001) and its published episode (same timeline, same words).
 */
import { readFileSync } from 'node:fs';
import { parseEpisode, type TranscriptItem } from '../../../shared/episode/index.js';
import { matchWords } from '../../../shared/align/match.js';
import { WordIds, alignWords } from '../../../shared/align/words.js';
import { endsSentence } from '../../../shared/import/index.js';
import { corpusFile } from '../../support/paths.js';

/** The episode whose captions are seed 001. */
export const SEED_001_EPISODE = 'datatalksclub-building-sustainable-data-community-3-years-anniversary.md';

/** How close (seconds) a paragraph start must be to a real turn start to count as finding it. */
const NEAR_SEC = 2;

/** The figures of one import against the real episode. */
export interface BreakFigures {
  /** Paragraphs made. */
  readonly paragraphs: number;
  /** The real episode's turn starts where the speaker changes. */
  readonly realStarts: number;
  /** Of those, how many have a paragraph start within 2 s. */
  readonly startsFound: number;
  /** Breaks made (paragraph starts after the first). */
  readonly breaks: number;
  /** Breaks within 2 s of a real speaker change. */
  readonly breaksAtTurns: number;
  /** Breaks that fall inside one of the real episode's sentences. */
  readonly midSentence: number;
}

/** One line of figures for a test's output. */
export function describeFigures(label: string, f: BreakFigures): string {
  const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(0)}%`;
  return (
    `${label}: ${f.paragraphs} paragraphs; ${f.startsFound}/${f.realStarts} real speaker changes (${pct(f.startsFound, f.realStarts)}) within ${NEAR_SEC} s of a break; ` +
    `${f.breaksAtTurns}/${f.breaks} breaks (${pct(f.breaksAtTurns, f.breaks)}) at a real speaker change; ${f.midSentence}/${f.breaks} breaks (${pct(f.midSentence, f.breaks)}) mid-sentence`
  );
}

interface EpisodeWord {
  /** A sentence of the real episode ends after this word. */
  readonly endsSentence: boolean;
}

/** The figures of the imported `items` (whose words are seed 001's, in order) against the real episode. */
export function breakFigures(items: readonly TranscriptItem[]): BreakFigures {
  const episode = parseEpisode(readFileSync(corpusFile('episodes', SEED_001_EPISODE), 'utf8'), SEED_001_EPISODE);
  const realTurns = episode.items.flatMap((item) => (item.kind === 'turn' && item.sec !== undefined ? [item] : []));
  const changes = realTurns.filter((t, k) => k === 0 || t.who !== realTurns[k - 1]!.who).map((t) => t.sec!);
  const turns = items.flatMap((item) => (item.kind === 'turn' ? [item] : []));
  const starts = turns.map((t) => t.sec ?? NaN);
  const near = (a: number, list: readonly number[]) => list.some((b) => Math.abs(a - b) <= NEAR_SEC);

  const ids = new WordIds();
  const episodeIds: number[] = [];
  const episodeWords: EpisodeWord[] = [];
  for (const turn of realTurns) {
    const tokens = turn.line.split(/\s+/).filter((t) => t !== '');
    tokens.forEach((token, t) => {
      const words = alignWords(token);
      words.forEach((w, k) => {
        episodeIds.push(ids.id(w));
        episodeWords.push({ endsSentence: k === words.length - 1 && (endsSentence(token.replace(/\[[^\]]*\]$/, '')) || t === tokens.length - 1) });
      });
    });
  }
  // Caption align words, with the index of each paragraph's first one.
  const captionIds: number[] = [];
  const paragraphStart: number[] = [];
  for (const turn of turns) {
    paragraphStart.push(captionIds.length);
    for (const token of turn.line.split(/\s+/)) for (const w of alignWords(token)) captionIds.push(ids.id(w));
  }
  const match = matchWords({ a: Int32Array.from(captionIds), b: Int32Array.from(episodeIds), words: ids.words });

  let midSentence = 0;
  for (const at of paragraphStart.slice(1)) {
    // At a sentence end when the last matched word before the break, or the episode word before the first matched one after it, ends one.
    let before = at - 1;
    while (before >= 0 && match[before] === -1) before--;
    let after = at;
    while (after < match.length && match[after] === -1) after++;
    const ended = before < 0 || after >= match.length || episodeWords[match[before]!]!.endsSentence || (match[after]! > 0 && episodeWords[match[after]! - 1]!.endsSentence);
    if (!ended) midSentence++;
  }
  const breakSecs = starts.slice(1);
  return {
    paragraphs: turns.length,
    realStarts: changes.length,
    startsFound: changes.filter((s) => near(s, starts)).length,
    breaks: breakSecs.length,
    breaksAtTurns: breakSecs.filter((s) => near(s, changes)).length,
    midSentence,
  };
}
