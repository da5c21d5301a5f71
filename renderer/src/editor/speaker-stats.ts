import { StateEffect, StateField } from '@codemirror/state';
import { speakerCounts, speakerSpans, talkTime, type SpeakerSpan, type TalkTime, type TranscriptItem } from '../../../shared/episode/index.js';
import { speakerColors } from './speaker-colors.js';
import { transcriptField } from './transcript-field.js';

/** Tells the editor the audio's length (or undefined without audio): the last turn's span ends there. */
export const setAudioDuration = StateEffect.define<number | undefined>();

/** Who speaks, how much and when, derived once from the transcript's data each time it changes. */
export interface SpeakerStats {
  /** Turns per speaker, most first. */
  readonly counts: ReadonlyMap<string, number>;
  /** A colour per speaker, by how much each speaks. */
  readonly colors: ReadonlyMap<string, string>;
  /** The episode's speakers, most turns first: the start of the roster Alt+1…9 assign from. */
  readonly speakers: readonly string[];
  /** Who speaks when, one span per timed turn. */
  readonly spans: readonly SpeakerSpan[];
  /** Seconds per speaker, most talk first. */
  readonly talk: readonly TalkTime[];
  /** The audio's length, if audio is loaded. */
  readonly duration: number | undefined;
  /** Seconds the overview strip spans: the audio's length, or the end of the last timed turn. */
  readonly end: number;
}

function computeStats(items: readonly TranscriptItem[], duration: number | undefined): SpeakerStats {
  const counts = speakerCounts(items);
  const speakers = [...counts.keys()];
  const spans = speakerSpans(items, duration);
  // Word counts in talk time only break ties; the items' text is as of their last structural change.
  return { counts, colors: speakerColors(speakers), speakers, spans, talk: talkTime(items, duration), duration, end: duration ?? spans.at(-1)?.end ?? 0 };
}

/** The speaker statistics of the editor's transcript, recomputed only when its items or the audio's length change. */
export const speakerStatsField = StateField.define<SpeakerStats>({
  create: (state) => computeStats(state.field(transcriptField).items, undefined),
  update(stats, tr) {
    let duration = stats.duration;
    for (const effect of tr.effects) if (effect.is(setAudioDuration)) duration = effect.value;
    const items = tr.state.field(transcriptField).items;
    if (duration === stats.duration && items === tr.startState.field(transcriptField).items) return stats;
    return computeStats(items, duration);
  },
});
