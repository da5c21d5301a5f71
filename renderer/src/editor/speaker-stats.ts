import { StateEffect, StateField, type EditorState } from '@codemirror/state';
import { ViewPlugin, type EditorView, type ViewUpdate } from '@codemirror/view';
import { speakerCounts, speakerSpans, talkTime, type SpeakerSpan, type TalkTime } from '../../../shared/episode/index.js';
import { withLineText } from './line-text.js';
import { speakerColors } from './speaker-colors.js';
import { rosterField } from './speaker-roster.js';
import { transcriptField } from './transcript-field.js';

/** Tells the editor the audio's length (or undefined without audio): the last turn's span ends there. */
export const setAudioDuration = StateEffect.define<number | undefined>();

/** Asks for the statistics to be computed again from the text as it is now (after typing pauses). */
export const refreshSpeakerStats = StateEffect.define<null>();

/** Who speaks, how much and when, derived once from the transcript each time it changes. */
export interface SpeakerStats {
  /** Turns per speaker, most first. */
  readonly counts: ReadonlyMap<string, number>;
  /** A colour per speaker, in the roster's order (the same while the episode is open). */
  readonly colors: ReadonlyMap<string, string>;
  /** Who speaks when, one span per timed turn (continuation paragraphs share their turn's by words). */
  readonly spans: readonly SpeakerSpan[];
  /** Seconds per speaker, most talk first. */
  readonly talk: readonly TalkTime[];
  /** The audio's length, if audio is loaded. */
  readonly duration: number | undefined;
  /** Seconds the overview strip spans: the audio's length, or the end of the last timed turn. */
  readonly end: number;
}

function computeStats(state: EditorState, duration: number | undefined): SpeakerStats {
  // Word counts share a turn's time among its paragraphs, so they need the lines' text as it is now.
  const items = state.field(transcriptField).items.map((item, i) => withLineText(item, state.doc.line(i + 1).text));
  const counts = speakerCounts(items);
  const spans = speakerSpans(items, duration);
  return { counts, colors: speakerColors(state.field(rosterField)), spans, talk: talkTime(items, duration), duration, end: duration ?? spans.at(-1)?.end ?? 0 };
}

/**
 * The speaker statistics of the transcript: computed again when its items (speakers, times, lines
 * added or removed), the roster or the audio's length change, and after typing pauses; a keystroke costs nothing.
 */
export const speakerStatsField = StateField.define<SpeakerStats>({
  create: (state) => computeStats(state, undefined),
  update(stats, tr) {
    let duration = stats.duration;
    let refresh = tr.startState.field(transcriptField).items !== tr.state.field(transcriptField).items || tr.startState.field(rosterField) !== tr.state.field(rosterField);
    for (const effect of tr.effects) {
      if (effect.is(setAudioDuration)) duration = effect.value;
      if (effect.is(refreshSpeakerStats)) refresh = true;
    }
    return refresh || duration !== stats.duration ? computeStats(tr.state, duration) : stats;
  },
});

const REFRESH_DELAY_MS = 300;

/** In the on-screen editor: refreshes the statistics once typing pauses. */
export const speakerStatsRefresh = ViewPlugin.fromClass(
  class {
    private timer: ReturnType<typeof setTimeout> | undefined;
    constructor(private readonly view: EditorView) {}
    update(update: ViewUpdate) {
      if (!update.docChanged) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.view.dispatch({ effects: refreshSpeakerStats.of(null) }), REFRESH_DELAY_MS);
    }
    destroy() {
      clearTimeout(this.timer);
    }
  },
);
