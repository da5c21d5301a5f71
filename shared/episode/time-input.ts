import { formatTime } from './time.js';

/** What the user typed in a time box: a time, an offset from a turn's time, or why it is neither. */
export type TimeInput =
  | { readonly kind: 'at'; readonly sec: number }
  | { readonly kind: 'offset'; readonly seconds: number }
  | { readonly kind: 'invalid'; readonly message: string };

const CLOCK = /^(\d+)(?::(\d+))?(?::(\d+))?$/;

/**
 * Reads a time box strictly: `M:SS`, `MM:SS` or `H:MM:SS` is a time; a leading `+` or `-` makes an
 * offset (`+2`, `-0:30`, `+1:02:03`). Refuses what a reader could take two ways: `6:75` (is it 7:15?),
 * `6:5` (6:05 or 6:50?), a bare `93` (seconds, or a typo for 9:30?).
 */
export function readTimeInput(text: string): TimeInput {
  const trimmed = text.trim();
  const sign = /^[+-]/.exec(trimmed)?.[0];
  const body = sign ? trimmed.slice(1).trim() : trimmed;
  const match = CLOCK.exec(body);
  if (!match) return invalid(`“${trimmed}” is not a time: write M:SS or H:MM:SS, or +/− seconds for an offset (+2, -0:30)`);
  const parts = match.slice(1).filter((p): p is string => p !== undefined);
  if (!sign && parts.length === 1) return invalid(`“${trimmed}” is not a time: write M:SS (${formatTime(Number(parts[0]))} is ${parts[0]} seconds), or +${parts[0]} to move it by ${parts[0]} seconds`);
  for (const part of parts.slice(1)) {
    if (part.length !== 2) return invalid(`“${trimmed}”: write minutes and seconds with two digits (${part.padStart(2, '0')}, not ${part})`);
    if (Number(part) > 59) return invalid(`“${trimmed}”: minutes and seconds go up to 59`);
  }
  const seconds = parts.reduce((total, p) => total * 60 + Number(p), 0);
  if (!sign) return { kind: 'at', sec: seconds };
  return { kind: 'offset', seconds: sign === '-' ? -seconds : seconds };
}

/** The time an input gives a turn now at `current` (offsets need one), never below 0; undefined when it gives none. */
export function resolveTimeInput(input: TimeInput, current: number | undefined): number | undefined {
  if (input.kind === 'at') return input.sec;
  if (input.kind === 'offset' && current !== undefined) return Math.max(0, current + input.seconds);
  return undefined;
}

function invalid(message: string): TimeInput {
  return { kind: 'invalid', message };
}
