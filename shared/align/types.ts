/** What an alignment of an episode's turns to a caption track gives back. */

/** A turn's new start. */
export interface TurnTiming {
  /** The turn's index in the transcript items. */
  readonly index: number;
  /** Its `sec` before the alignment; undefined when it had none. */
  readonly oldSec: number | undefined;
  /** Its start on the caption track's timeline, in (fractional) seconds. */
  readonly captionSec: number;
  /** The start to write, in whole seconds: `captionSec` rounded, less the timeline shift once undone, or `oldSec` when within `keepWithinSec` of it. */
  readonly sec: number;
  /**
   * How the start was found: from its first matched words, interpolated by word position between
   * matched neighbours, or (a paragraph pasted twice) its twin's. All but `matched` are estimates.
   */
  readonly how: 'matched' | 'interpolated' | 'repeat';
  /** True unless matched: the turn is flagged estimated when the alignment is applied. */
  readonly estimated: boolean;
}

/**
 * A difference between the caption timeline and the episode's current times, as the matched turns
 * show it (caption time minus episode time): the same everywhere (`offset`), or a jump from one turn on
 * (`cut`: an intro or a stretch added or removed in one of the two).
 */
export type TimelineShift =
  | { readonly kind: 'offset'; readonly seconds: number }
  | {
      readonly kind: 'cut';
      /** The index of the first turn after the cut, and its current time. */
      readonly atIndex: number;
      readonly atSec: number;
      /** The difference before the cut (usually 0). */
      readonly before: number;
      /** How much more the difference is from the cut on. */
      readonly seconds: number;
    };

/** The figures an alignment preview shows. */
export interface AlignmentSummary {
  /** Turns given a start, and of those how many were matched and how many estimated (interpolated or a repeat's). */
  readonly turns: number;
  readonly matched: number;
  readonly estimated: number;
  /** Turns whose time would change, and turns without a time that would get one. */
  readonly moved: number;
  readonly added: number;
  /** Median and largest change of the moved turns, in seconds. */
  readonly medianMoveSec: number;
  readonly maxMoveSec: number;
  /** Words compared: of the text, of the captions, and text words matched to a caption word. */
  readonly textWords: number;
  readonly captionWords: number;
  readonly matchedWords: number;
}

/** The result of `alignToCaptions`: per turn (in item order) its new start, the summary, and the shift found. */
export interface Alignment {
  readonly turns: readonly TurnTiming[];
  readonly summary: AlignmentSummary;
  /** The shift between the caption timeline and the episode's times, when the matched turns show one; else null. */
  readonly shift: TimelineShift | null;
  /** True once `undoShift` has put the starts on the episode's timeline. */
  readonly shiftUndone: boolean;
  /** New times within this many seconds of a turn's current one keep the current one. */
  readonly keepWithinSec: number;
}

/** Options of `alignToCaptions`. */
export interface AlignOptions {
  /**
   * Give turns without a time one too. By default they get one only when no turn of the episode has
   * a time: in a timed episode, a turn without one is a continuation paragraph and stays so.
   */
  readonly timeUntimed?: boolean;
  /** New times within this many seconds of a turn's current one keep the current one (default 0: every difference counts). */
  readonly keepWithinSec?: number;
  /**
   * The caption words are words recognised from the audio, each timed where it starts: a turn whose
   * start is estimated moves to the longest pause near it, and a matched one to a pause just after
   * its first matched words (pauses.ts). Off for captions, whose words are spread evenly over a line.
   */
  readonly snapToPauses?: boolean;
}
