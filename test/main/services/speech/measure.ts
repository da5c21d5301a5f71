/**
 * The accuracy of times from audio on a synthetic episode: the episode's first minutes spoken
 * (test/support/speech-audio.ts), its times stripped, recognised and aligned as `episode align
 * --audio` does, and each turn start compared with the published one. Shared by the test and the bench.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { alignToAudio, applyAlignment, isSureTurn, type CaptionWord } from '../../../../shared/align/index.js';
import { parseEpisode, withSec, type TranscriptItem } from '../../../../shared/episode/index.js';
import { recogniseAudio } from '../../../../main/services/speech/recognise-audio.js';
import { corpusFile, REPO_ROOT } from '../../../support/paths.js';
import { speechAudio, spokenTurns, type SpeechAudio } from '../../../support/speech-audio.js';
import { seededRandom } from '../../../support/random.js';

/** The corpus episode the synthetic audio is made from: two speakers, times that never go back. */
export const SPEECH_EPISODE = corpusFile('episodes', '_theme-park-crowd-modeling-to-tesla-full-stack-data-engineering.md');
/** Its first 20 minutes. */
export const SPEECH_MINUTES = 20;

/** What one measurement found. */
export interface SpeechMeasure {
  readonly audio: SpeechAudio;
  readonly turns: number;
  readonly within1: number;
  readonly within2: number;
  /** Each turn start's error in seconds (Infinity: no time given). */
  readonly errors: readonly number[];
  readonly recognisedWords: number;
  /** Audio seconds per second of recognition. */
  readonly speed: number;
  /** The process's largest resident memory seen during recognition. */
  readonly peakRssBytes: number;
  readonly words: readonly CaptionWord[];
  /** Parallel to `errors`: whether the turn start had a known time (a seed), which skipKnown keeps. */
  readonly seededStarts: readonly boolean[];
}

/** Options of measureSpeech: `seeded`, caption-like known times (captionSeeds) place the windows; `skipKnown`, as the app does when some turns have one, only the audio around the others is heard and the seeded turns keep their times. */
export interface MeasureOptions {
  readonly episode?: string;
  readonly words?: readonly CaptionWord[];
  readonly seeded?: boolean;
  readonly skipKnown?: boolean;
}

/** The items of an episode up to (not including) its first turn at or after `untilSec`. */
export function itemsUntil(items: readonly TranscriptItem[], untilSec: number): TranscriptItem[] {
  const end = items.findIndex((item) => item.kind === 'turn' && item.sec !== undefined && item.sec >= untilSec);
  return items.slice(0, end < 0 ? items.length : end);
}

/** The items with every turn's sec and time removed (as new items, without their file bytes). */
export function stripped(items: readonly TranscriptItem[]): TranscriptItem[] {
  return items.map((item) => {
    if (item.kind !== 'turn') return item;
    const { sec: _sec, time: _time, origin: _origin, ...rest } = item;
    return rest;
  });
}

/**
 * Known times as an alignment of captions gives them, parallel to the turns of `items`: each turn
 * start's published sec floored to a whole second, one in four of them off by up to 3 s either way,
 * a third of them with none (and a turn's later paragraphs with none).
 */
export function captionSeeds(items: readonly TranscriptItem[]): (number | undefined)[] {
  const next = seededRandom(17);
  let previous: number | undefined;
  return items.flatMap((item) => {
    if (item.kind !== 'turn') return [];
    if (item.sec === undefined || item.sec === previous) return [undefined];
    previous = item.sec;
    if (next() < 1 / 3) return [undefined];
    const off = next() < 0.25 ? Math.round((next() * 2 - 1) * 3) : 0;
    return [Math.max(0, Math.floor(item.sec) + off)];
  });
}

/** Builds (or reads from the cache) the synthetic episode, recognises and aligns it, and compares; `seeded`: with captionSeeds as known times. */
export async function measureSpeech(options: MeasureOptions = {}): Promise<SpeechMeasure> {
  const episode = options.episode ?? SPEECH_EPISODE;
  const all = parseEpisode(readFileSync(episode, 'utf8'), episode).items;
  const items = itemsUntil(all, SPEECH_MINUTES * 60);
  const audio = await speechAudio(spokenTurns(items));
  return measureAudio(items, audio, options);
}

/** The sample's transcript and audio (assets/sample): made by make-sample-audio.mjs, with a spoken intro not in the text and long turns cut short. */
export const SAMPLE_EPISODE = join(REPO_ROOT, 'assets', 'sample', 'sample-episode.md');
export const SAMPLE_AUDIO = join(REPO_ROOT, 'assets', 'sample', 'sample-episode.mp3');

/** The bundled sample, its times stripped, recognised and aligned; each turn's speech starts at its published sec. */
export async function measureSample(options: { readonly words?: readonly CaptionWord[] } = {}): Promise<SpeechMeasure> {
  const items = parseEpisode(readFileSync(SAMPLE_EPISODE, 'utf8'), SAMPLE_EPISODE).items;
  const { stdout } = await promisify(execFile)('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', SAMPLE_AUDIO]);
  return measureAudio(items, { path: SAMPLE_AUDIO, seconds: Number(stdout.trim()), turns: spokenTurns(items) }, options);
}

/** Recognises `audio` with the text of `items` (times stripped), aligns as Align to Audio does (`episode align --audio` without `skipKnown`), and compares each turn start with its published sec. */
async function measureAudio(items: readonly TranscriptItem[], audio: SpeechAudio, options: MeasureOptions): Promise<SpeechMeasure> {
  const seeds = options.seeded || options.skipKnown ? captionSeeds(items) : undefined;
  // Kept by skipKnown: the seeded turns start with their seed, as turns timed from captions do.
  let turn = 0;
  const bare = stripped(items).map((item) => {
    if (item.kind !== 'turn') return item;
    const seed = options.skipKnown ? seeds![turn] : undefined;
    turn++;
    return seed === undefined ? item : withSec(item, seed);
  });
  const texts = bare.flatMap((item) => (item.kind === 'turn' ? [item.line] : []));
  let peak = process.memoryUsage().rss;
  const started = performance.now();
  const words =
    options.words ??
    (await recogniseAudio(audio.path, texts, {
      onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss)),
      ...(seeds && { knownSecs: seeds }),
      ...(options.skipKnown && { skipKnown: true }),
    }));
  const seconds = (performance.now() - started) / 1000;
  peak = Math.max(peak, process.memoryUsage().rss);
  const alignment = alignToAudio(bare, words, isSureTurn, options.skipKnown);
  const aligned = applyAlignment(bare, alignment);
  // The first item of each spoken turn: a turn start with its published sec.
  let previous: number | undefined;
  const errors: number[] = [];
  const seededStarts: boolean[] = [];
  let turnIndex = -1;
  items.forEach((item, k) => {
    if (item.kind === 'turn') turnIndex++;
    if (item.kind !== 'turn' || item.sec === undefined || item.sec === previous) return;
    previous = item.sec;
    seededStarts.push(seeds?.[turnIndex] !== undefined);
    const got = aligned[k]!;
    errors.push(got.kind === 'turn' && got.sec !== undefined ? Math.abs(got.sec - item.sec) : Infinity);
  });
  return {
    audio,
    turns: errors.length,
    within1: errors.filter((e) => e <= 1).length,
    within2: errors.filter((e) => e <= 2).length,
    errors,
    recognisedWords: words.length,
    speed: audio.seconds / seconds,
    peakRssBytes: peak,
    words,
    seededStarts,
  };
}

/** One line of figures: `54/63 turn starts within 1 s (86%), 60/63 within 2 s (95%); 12.3x real time, 190 MB`. */
export function describeSpeech(m: SpeechMeasure): string {
  const pct = (n: number) => `${Math.round((100 * n) / m.turns)}%`;
  return `${m.within1}/${m.turns} turn starts within 1 s (${pct(m.within1)}), ${m.within2}/${m.turns} within 2 s (${pct(m.within2)}); ${m.recognisedWords} words recognised in ${(m.audio.seconds / 60).toFixed(1)} min of audio at ${m.speed.toFixed(1)}x real time, peak ${(m.peakRssBytes / 1024 / 1024).toFixed(0)} MB`;
}
