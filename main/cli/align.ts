import { resolve } from 'node:path';
import { alignmentDoubt, alignToAudio, alignToCaptions, applyAlignment, captionWords, undoShift, type Alignment, type CaptionWord, type TimelineShift } from '../../shared/align/index.js';
import { formatTime, serializeEpisode, turnsOf, withItems, type TranscriptItem } from '../../shared/episode/index.js';
import { errorMessage } from '../../shared/errors.js';
import { loadEpisode, writeEpisode } from '../services/episodes.js';
import { readRawTranscript } from '../services/raw-transcript.js';
import { AudioRecognition } from '../services/recognition.js';
import { EXIT, UsageError, type CliIO } from './io.js';

/** Options of `episode align`. */
export interface AlignCommandOptions {
  /** What to align to: a caption file (video auto-captions, SRT or WebVTT), or the episode's audio, recognised. */
  readonly source: { readonly captions: string } | { readonly audio: string };
  /** Where to write; the episode itself when undefined. */
  readonly out?: string;
  /** Print each turn's old and new time. */
  readonly report: boolean;
  /** Take a detected offset or cut off the new times, keeping the episode's own timeline. */
  readonly undoShift: boolean;
  /** Give turns without a time one too (by default only when no turn has one). */
  readonly all: boolean;
  /** With --audio: the episode's current times (from a caption alignment) place the recognition's windows. */
  readonly seed: boolean;
}

/** The `align` command line's options as `parseArgs` takes them. */
export const ALIGN_ARGS = {
  captions: { type: 'string' },
  audio: { type: 'string' },
  out: { type: 'string' },
  report: { type: 'boolean', default: false },
  'undo-shift': { type: 'boolean', default: false },
  all: { type: 'boolean', default: false },
  seed: { type: 'boolean', default: false },
} as const;

/** Checks the parsed `align` arguments; throws UsageError on a wrong one. */
export function alignOptions(values: { [K in keyof typeof ALIGN_ARGS]?: string | boolean }): AlignCommandOptions {
  const captions = typeof values.captions === 'string' && values.captions !== '' ? values.captions : undefined;
  const audio = typeof values.audio === 'string' && values.audio !== '' ? values.audio : undefined;
  if ((captions === undefined) === (audio === undefined)) throw new UsageError('episode align: name the caption file with --captions CAPTIONS, or the audio with --audio AUDIO (one of them)');
  if (captions !== undefined && values.seed === true) throw new UsageError('episode align: --seed goes with --audio (captions bring their own times)');
  if (audio !== undefined && (values.all === true || values['undo-shift'] === true)) throw new UsageError('episode align: --all and --undo-shift go with --captions (--audio times every turn, on the audio’s own timeline)');
  return {
    source: captions !== undefined ? { captions } : { audio: audio! },
    ...(typeof values.out === 'string' && { out: values.out }),
    report: values.report === true,
    undoShift: values['undo-shift'] === true,
    all: values.all === true,
    seed: values.seed === true,
  };
}

/**
 * `episode align (--captions CAPTIONS | --audio AUDIO [--seed]) EPISODE.md [--out OUT.md] [--report] [--undo-shift] [--all]`:
 * gives the episode's turns the times of the caption track, or of the words recognised in its audio,
 * writing only the items whose time changes (in place unless --out). 0 when done, 2 when a file cannot
 * be read or no turn of the text is found (nothing written).
 */
export async function alignCommand(episode: string, options: AlignCommandOptions, io: CliIO): Promise<number> {
  try {
    const { text, doc } = await loadEpisode(episode);
    const source = 'captions' in options.source ? options.source.captions : options.source.audio;
    const words = 'captions' in options.source ? await readCaptions(options.source.captions, io) : await recognise(options.source.audio, doc.items, options.seed, io);
    // With --seed the episode's times are trusted: a turn none of whose words were heard keeps its own.
    const seeded = (item: TranscriptItem) => options.seed && item.kind === 'turn' && item.sec !== undefined;
    let alignment = 'captions' in options.source ? alignToCaptions(doc.items, words, { timeUntimed: options.all }) : alignToAudio(doc.items, words, seeded);
    if (alignmentDoubt(alignment.summary) === 'no-turn-found') throw new Error(`${episode}: no turn could be aligned: no turn of the text was found in ${source}`);
    if (options.undoShift) alignment = undoShift(alignment);
    const out = options.out ?? episode;
    if (options.report) report(episode, doc.items, alignment, io);
    const result = serializeEpisode(withItems(doc, applyAlignment(doc.items, alignment)));
    if (result !== text || options.out !== undefined) await writeEpisode(out, result);
    io.err(summaryLine(episode, alignment, out, 'captions' in options.source ? 'caption words' : 'words heard'));
    if (alignment.shift) io.err(`${episode}: ${describeShift(alignment.shift)}${alignment.shiftUndone ? '; taken off the new times (--undo-shift)' : '; pass --undo-shift to keep the episode’s timeline'}`);
    return EXIT.ok;
  } catch (err) {
    io.err(errorMessage(err));
    return EXIT.unreadable;
  }
}

/** The timed words of a caption file. */
async function readCaptions(path: string, io: CliIO): Promise<CaptionWord[]> {
  const raw = await readRawTranscript(path, path);
  if (raw.notice !== undefined) io.err(raw.notice);
  return captionWords(raw.text, path);
}

/** The words recognised in the audio (in a worker thread; `seed`: placed by the turns' times), saying how far it got every tenth of the way. */
async function recognise(audio: string, items: readonly TranscriptItem[], seed: boolean, io: CliIO): Promise<readonly CaptionWord[]> {
  const started = Date.now();
  let shown = 0;
  const recognition = new AudioRecognition((fraction) => {
    if (fraction < shown + 0.1) return;
    shown = Math.floor(fraction * 10) / 10;
    io.err(`${audio}: listening, ${Math.round(shown * 100)}% (${Math.round((Date.now() - started) / 1000)} s)`);
  });
  const turns = turnsOf(items);
  const knownSecs = seed ? turns.map((turn) => turn.sec ?? null) : undefined;
  const words = await recognition.recognise({ audioPath: resolve(audio), texts: turns.map((turn) => turn.line), ...(knownSecs && { knownSecs }) });
  io.err(`${audio}: ${words!.length} words recognised in ${Math.round((Date.now() - started) / 1000)} s`);
  return words!;
}

/** `EPISODE: 135 turns aligned: 134 matched, 1 estimated; 12 moved (median 1 s, max 4 s), 0 timed anew -> OUT`. */
function summaryLine(episode: string, alignment: Alignment, out: string, wordsOf: string): string {
  const s = alignment.summary;
  const moved = s.moved === 0 ? 'none moved' : `${s.moved} moved (median ${s.medianMoveSec} s, max ${s.maxMoveSec} s)`;
  return (
    `${episode}: ${s.turns} turns aligned: ${s.matched} matched, ${s.estimated} estimated; ${moved}, ${s.added} timed anew; ` +
    `${s.matchedWords} of ${s.textWords} words matched to ${s.captionWords} ${wordsOf} -> ${out}`
  );
}

/** The shift in words: `the captions run 12 s later than the episode’s times`. */
export function describeShift(shift: TimelineShift): string {
  const run = (sec: number) => `${Math.abs(sec)} s ${sec >= 0 ? 'later' : 'earlier'}`;
  if (shift.kind === 'offset') return `the captions run ${run(shift.seconds)} than the episode’s times`;
  const before = shift.before === 0 ? '' : `, after running ${run(shift.before)} before it`;
  return `a cut at ${formatTime(shift.atSec)}: from there on the captions run ${run(shift.seconds)} than the episode’s times${before}`;
}

/** Per turn: `file:line: 0:27 -> 0:28 Alexey (matched)`, `-` for no time. */
function report(episode: string, items: readonly TranscriptItem[], alignment: Alignment, io: CliIO): void {
  for (const t of alignment.turns) {
    const item = items[t.index]!;
    const line = item.origin ? `:${item.origin.line}` : '';
    const who = item.kind === 'turn' && item.who !== undefined ? ` ${item.who}` : '';
    const old = t.oldSec === undefined ? '-' : formatTime(t.oldSec);
    const change = t.oldSec === t.sec ? 'unchanged' : t.oldSec === undefined ? 'new' : `${t.sec > t.oldSec ? '+' : '-'}${Math.abs(t.sec - t.oldSec)} s`;
    io.out(`${episode}${line}: ${old} -> ${formatTime(t.sec)}${who} (${t.how}, ${change})`);
  }
}
