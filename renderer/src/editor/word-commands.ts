import type { EditorState, StateCommand } from '@codemirror/state';
import { spanAt, withSec, type TranscriptItem, type Turn } from '../../../shared/episode/index.js';
import { stretchAt, stretchWords, timeOfWord, wordAtTime } from '../../../shared/episode/word-time.js';
import { speakerStatsField } from './speaker-stats.js';
import { setLineItems, transcriptField } from './transcript-field.js';

/** About when the word at `pos` is spoken: interpolated across its timed turn by word position (see word-time.ts); undefined before the first timed turn. */
export function timeAtPosition(state: EditorState, pos: number, audioDuration?: number): number | undefined {
  const { items } = state.field(transcriptField);
  const line = state.doc.lineAt(pos);
  const stretch = stretchAt(items, line.number - 1);
  if (!stretch) return undefined;
  const words = stretchWords(items, stretch, (i) => state.doc.line(i + 1).text);
  return timeOfWord(words, stretch, line.number - 1, pos - line.from, audioDuration);
}

/** The item whose span (on the waveform, in the highlight) plays at `sec`, if any. */
export function spanIndexAt(state: EditorState, sec: number): number | undefined {
  return spanAt(state.field(speakerStatsField).spans, sec)?.index;
}

/** The speaker a turn at `index` hands over to: the nearest different speaker before it, else after it. */
export function otherSpeaker(items: readonly TranscriptItem[], index: number): string | undefined {
  const item = items[index];
  const who = item?.kind === 'turn' ? item.who : undefined;
  const differs = (i: number) => {
    const other = items[i];
    return other?.kind === 'turn' && other.who !== undefined && other.who !== who ? other.who : undefined;
  };
  for (let i = index - 1; i >= 0; i--) if (differs(i)) return differs(i);
  for (let i = index + 1; i < items.length; i++) if (differs(i)) return differs(i);
  return undefined;
}

function startedBy(item: TranscriptItem, sec: number): boolean {
  return item.kind === 'turn' && item.sec !== undefined && item.sec <= sec;
}

/**
 * Splits the turn playing at `sec` before the word the playhead is at (its position interpolated
 * across the turn) and gives the new part the time `sec` and the other speaker (see otherSpeaker).
 * False before the first timed turn, or when the playhead is in a line's first word.
 */
export function splitAtPlayhead(sec: number, audioDuration?: number): StateCommand {
  return ({ state, dispatch }) => {
    const { items } = state.field(transcriptField);
    // The last timed turn that started by the playhead.
    let timed = items.length - 1;
    while (timed >= 0 && !startedBy(items[timed]!, sec)) timed--;
    const stretch = timed < 0 ? undefined : stretchAt(items, timed);
    if (!stretch) return false;
    const words = stretchWords(items, stretch, (i) => state.doc.line(i + 1).text);
    const found = wordAtTime(words, stretch, sec, audioDuration);
    if (!found || found.place.offset === 0) return false;
    const { index, offset } = found.place;
    const line = state.doc.line(index + 1);
    const before = line.text.slice(0, offset).replace(/\s+$/, '');
    const who = otherSpeaker(items, index);
    const newTurn = withSec<Turn>({ kind: 'turn', line: '', ...(who !== undefined && { who }) }, sec);
    const newLineFrom = line.from + before.length + 1;
    dispatch(
      state.update({
        changes: { from: line.from + before.length, to: line.from + offset, insert: '\n' },
        effects: setLineItems.of([{ pos: newLineFrom, item: newTurn }]),
        scrollIntoView: true,
        userEvent: 'edit.split',
      }),
    );
    return true;
  };
}
