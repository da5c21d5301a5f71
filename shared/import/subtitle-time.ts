/** Subtitle time lines: WebVTT's strict `00:01.000 --> 00:04.000 align:start`, SRT's lenient `00:00:01,5 --> 00:00:04`. */

/** A cue's start and end, in seconds (fractions kept). */
export interface CueTiming {
  readonly start: number;
  readonly end: number;
}

/** WebVTT's whitespace around `-->` (space, tab, form feed; not a vertical tab). */
const WS = '[ \\t\\f]';
/** WebVTT timestamps: hours of any length (optional), two-digit minutes and seconds up to 59, three-digit milliseconds, `.` only. */
const VTT_TIME = '(?:(\\d+):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})';
/** SRT timestamps as tools write them: `,` or `.` before 1-3 fraction digits, or no fraction at all. */
const SRT_TIME = '(?:(\\d+):)?(\\d{1,2}):(\\d{1,2})(?:[.,](\\d{1,3}))?';
const VTT_TIMING = new RegExp(`^${WS}*${VTT_TIME}${WS}*-->${WS}*${VTT_TIME}(?!\\d)`);
const SRT_TIMING = new RegExp(`^\\s*${SRT_TIME}\\s*-->\\s*${SRT_TIME}(?![\\d:.,])`);

function seconds(parts: readonly (string | undefined)[]): number {
  const [hours, minutes, secs, fraction] = parts;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(secs) + (fraction === undefined ? 0 : Number(`0.${fraction}`));
}

function timing(pattern: RegExp, line: string): CueTiming | undefined {
  const match = pattern.exec(line);
  if (!match) return undefined;
  return { start: seconds(match.slice(1, 5)), end: seconds(match.slice(5, 9)) };
}

/** A WebVTT cue time line read as a browser reads it (cue settings after the end time ignored), or undefined. */
export function vttTiming(line: string): CueTiming | undefined {
  return timing(VTT_TIMING, line);
}

/** An SRT time line (`00:00:01,000 --> 00:00:04,000`, also `.` decimals, no milliseconds, trailing coordinates), or undefined. */
export function srtTiming(line: string): CueTiming | undefined {
  return timing(SRT_TIMING, line);
}

/** True for a cue time line in either format (`00:00:01,000 --> 00:00:04,000`, `00:01.000 --> 00:04.000 align:start`). */
export function isCueTiming(line: string): boolean {
  return srtTiming(line) !== undefined || vttTiming(line) !== undefined;
}
