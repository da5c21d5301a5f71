/** Speaker markers in subtitle text: `>>` (a new speaker) and `Name:` at the start of a cue. */
import { nameColon } from './names.js';
import type { CueSpan, SubtitleCue } from './subtitle-cues.js';

/** Cues with their markers read as speakers, and what was found. */
export interface MarkedCues {
  readonly cues: readonly SubtitleCue[];
  /** The names taken from `Name:` markers, in order of first use. */
  readonly names: readonly string[];
  /** How many `>>` markers were read. */
  readonly changes: number;
}

const CHANGE = /^\s*>>\s*/;
/** A name must open at least this many cues to count as a speaker (`Size: 9%` once is text, not a speaker). */
const MIN_USES = 2;
/** ...and at least this many such names must be in the file, the cues passing from one to another this often: a dialogue, not a recurring label (`Test 4:`, `Size: 9%`). */
const MIN_NAMES = 2;
const MIN_SWITCHES = 3;

/**
 * Reads `>>` and `Name:` at the start of cue lines as speakers: `>>` starts a new (unnamed, unless a
 * name follows) speaker's turn at any line; `Name:` at a cue's first line names its speaker, who speaks
 * on until the next marker. `Name:` counts only in a dialogue: two names or more, each opening two cues
 * or more, the markers passing from one name to another at least three times.
 * Files with `<v Name>` voice tags are left as they are.
 */
export function markSpeakers(cues: readonly SubtitleCue[]): MarkedCues {
  if (cues.some((c) => c.spans.some((s) => s.voice !== undefined))) return { cues, names: [], changes: 0 };
  const uses = new Map<string, number>();
  for (const c of cues) {
    const name = nameColon(firstLine(c).replace(CHANGE, ''))?.name;
    if (name !== undefined) uses.set(name, (uses.get(name) ?? 0) + 1);
  }
  const names = new Set([...uses].filter(([, n]) => n >= MIN_USES).map(([name]) => name));
  if (names.size < MIN_NAMES || switches(cues, names) < MIN_SWITCHES) names.clear();
  const hasChange = cues.some((c) => c.spans.some((s) => s.text.split('\n').some((l) => CHANGE.test(l))));
  if (names.size === 0 && !hasChange) return { cues, names: [], changes: 0 };
  let who: string | undefined;
  let changes = 0;
  const used: string[] = [];
  const marked = cues.map((c) => {
    const spans: CueSpan[] = [];
    c.spans.flatMap((s) => s.text.split('\n')).forEach((raw, i) => {
      let line = raw;
      let change = false;
      if (CHANGE.test(line)) {
        [line, change, who] = [line.replace(CHANGE, ''), true, undefined];
        changes++;
      }
      const named = change || i === 0 ? nameColon(line) : undefined;
      if (named && names.has(named.name)) {
        [line, change, who] = [named.text, true, named.name];
        if (!used.includes(named.name)) used.push(named.name);
      }
      const last = spans[spans.length - 1];
      if (last && last.text.trim() === '') spans[spans.length - 1] = { ...(who !== undefined && { voice: who }), ...((last.change || change) && { change: true }), text: line };
      else if (last && !change && last.voice === who) spans[spans.length - 1] = { ...last, text: `${last.text}\n${line}` };
      else spans.push({ ...(who !== undefined && { voice: who }), ...(change && { change }), text: line });
    });
    return { ...c, spans: spans.filter((s) => s.text.trim() !== '') };
  });
  return { cues: marked, names: used, changes };
}

/** How often the `Name:` markers of the cues pass from one of the names to another. */
function switches(cues: readonly SubtitleCue[], names: ReadonlySet<string>): number {
  const said = cues.flatMap((c) => {
    const name = nameColon(firstLine(c).replace(CHANGE, ''))?.name;
    return name !== undefined && names.has(name) ? [name] : [];
  });
  return said.filter((name, i) => i > 0 && name !== said[i - 1]).length;
}

function firstLine(cue: SubtitleCue): string {
  return (cue.spans[0]?.text ?? '').split('\n').find((l) => l.trim() !== '') ?? '';
}
