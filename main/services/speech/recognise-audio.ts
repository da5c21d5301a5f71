/**
 * Recognition of an episode's audio with a grammar made from the episode's own text: the timed words
 * the caption aligner (shared/align) then matches to the text, as it matches a video's captions.
 * Long audio is recognised in windows cut at pauses (one pass over 20 minutes fails), each from scratch.
 */
import { alignWords, type CaptionWord } from '../../../shared/align/index.js';
import { audioWindows, SPEECH_RATE } from './audio-windows.js';
import { DECODER_BEAMS, FILLER, SpeechDecoder, WIDE_BEAMS } from './decoder.js';
import { sayableWords } from './dictionary.js';
import { bigramGrammar } from './grammar.js';
import { knownStretch, knownTurns, unknownSpans } from './known-stretch.js';
import { type Stretch, SURE_SCORE, TextTracker } from './text-tracker.js';
import { voicedSeconds } from './voiced.js';

/** Options of recogniseAudio. */
export interface RecogniseOptions {
  /** Called now and then with the fraction of the audio done (0..1). */
  readonly onProgress?: (fraction: number) => void;
  /** Aborts the work (the promise rejects with an Error named AbortError). */
  readonly signal?: AbortSignal;
  /** The ffmpeg to decode with (default: the app's, as for the waveform). */
  readonly ffmpeg?: string;
  /**
   * Parallel to `texts`: each turn's start when already known (seconds, e.g. from an alignment of
   * captions; whole seconds and a few off will do), undefined when not. Windows read the text between
   * the known turns around them, so that none is lost where the tracker would be.
   */
  readonly knownSecs?: readonly (number | undefined)[];
  /**
   * Recognise only the audio around the turns without a known time (unknownSpans): the windows between
   * known turns are read from ffmpeg but not recognised. With every turn known, or none, all of it is.
   */
  readonly skipKnown?: boolean;
}

/**
 * The longest window recognised at once (seconds; the measured setting), and the stretch at
 * its end it is cut in, at the quietest moment: windows of 25-30 s.
 */
const WINDOW_SEC = 30;
const PAUSE_SEC = 5;

/** The error a cancelled recognition rejects with. */
function aborted(): Error {
  const err = new Error('audio recognition cancelled');
  err.name = 'AbortError';
  return err;
}

/** A recognised word as the aligner compares it: alternative pronunciations (`the(2)`) and fillers and empty transitions (`<sil>`, `[NOISE]`, `(NULL)`) dropped. */
function spokenWord(word: string): string | null {
  if (FILLER.test(word)) return null;
  return word.replace(/\(\d+\)$/, '');
}

/**
 * How the grammar is made, in order of trial: a window in which the first finds few words (its search
 * pruned the right path away: windows of the synthetic episode found 13 and 14 words where 50-90 were
 * said) is recognised again with the next, and the trial finding more words is kept.
 */
const TRIALS: readonly { readonly backoff: number; readonly wide: boolean }[] = [
  { backoff: 0.1, wide: false },
  { backoff: 0.3, wide: false },
  { backoff: 0.3, wide: true },
];
/**
 * Fewer words a second of sound (voiced.ts) than this and the next trial is made: a third of what the
 * synthetic episode's windows find (4-5), and a window of silence makes no trial it does not need.
 */
const FEW_WORDS_PER_SEC = 1.5;

/** The words of one window (times from its start), recognised with the bigram of the stretch of text `stretch`. */
function recogniseWindow(decoder: SpeechDecoder, samples: Float32Array, stretch: readonly string[]): CaptionWord[] {
  let best: CaptionWord[] = [];
  const enough = FEW_WORDS_PER_SEC * voicedSeconds(samples, SPEECH_RATE);
  for (const trial of TRIALS) {
    decoder.setBeams(trial.wide ? WIDE_BEAMS : DECODER_BEAMS);
    decoder.setGrammar(bigramGrammar(stretch, trial));
    const words = decoder.recognise(samples).flatMap((w) => {
      const word = spokenWord(w.word);
      return word === null ? [] : [{ word, sec: w.start }];
    });
    if (words.length > best.length) best = words;
    if (best.length >= enough) break;
  }
  return best;
}

/** A window as recognised: its words (times from its start), and the stretch they were recognised with. */
interface TrackedWindow {
  readonly words: readonly CaptionWord[];
  readonly stretch: Stretch;
  readonly score: number;
}

/**
 * A window recognised with each of `stretches` in turn until one gives the tracker a sure run, the
 * best kept. A second try costs a decoding, made only where the tracker is unsure (the sample's
 * intro, its windows after it lost the text).
 */
function trackedWindow(decoder: SpeechDecoder, tracker: TextTracker, sequence: readonly string[], samples: Float32Array, stretches: readonly Stretch[]): TrackedWindow {
  let best: TrackedWindow | null = null;
  for (const stretch of stretches) {
    const words = recogniseWindow(decoder, samples, sequence.slice(stretch.from, stretch.to));
    const score = tracker.score(words.map((w) => w.word), stretch);
    if (!best || score > best.score) best = { words, stretch, score };
    if (score >= SURE_SCORE) break;
  }
  if (!best) throw new Error('no stretch of text to recognise a window with');
  return best;
}

/**
 * The words said in an episode's audio, with when each starts (seconds), recognised with a grammar
 * built from the episode's own text `texts` (its turns' lines, in order).
 */
export async function recogniseAudio(audioPath: string, texts: readonly string[], options: RecogniseOptions = {}): Promise<CaptionWord[]> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw aborted();
  const decoder = await SpeechDecoder.create();
  try {
    const { sayable, added } = sayableWords(texts.flatMap((t) => alignWords(t)), (w) => decoder.pronunciation(w));
    decoder.addWords(added);
    const perText = texts.map((t) => alignWords(t).filter((w) => sayable.has(w)));
    const sequence = perText.flat();
    let position = 0;
    const starts = perText.map((words) => (position += words.length) - words.length);
    const known = knownTurns(starts, options.knownSecs ?? []);
    const tracker = new TextTracker(sequence);
    const spans = options.skipKnown ? unknownSpans(options.knownSecs ?? []) : null;
    const heard: CaptionWord[] = [];
    for await (const window of audioWindows(audioPath, { windowSec: WINDOW_SEC, pauseSec: PAUSE_SEC, ...(options.ffmpeg ? { ffmpeg: options.ffmpeg } : {}) })) {
      if (signal?.aborted) throw aborted();
      const windowEnd = window.startSec + window.samples.length / SPEECH_RATE;
      if (spans && !spans.some((span) => span.from < windowEnd && window.startSec < span.to)) {
        if (window.durationSec) onProgress?.(Math.min(1, windowEnd / window.durationSec));
        continue;
      }
      const { words, stretch } = trackedWindow(decoder, tracker, sequence, window.samples, tracker.stretches(knownStretch(known, sequence.length, window.startSec, windowEnd)));
      tracker.follow(words.map((w) => w.word), stretch);
      for (const w of words) heard.push({ word: w.word, sec: window.startSec + w.sec });
      if (window.durationSec) onProgress?.(Math.min(1, windowEnd / window.durationSec));
    }
    if (signal?.aborted) throw aborted();
    onProgress?.(1);
    return heard;
  } finally {
    decoder.delete();
  }
}
