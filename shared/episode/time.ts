/** Turn times as the corpus writes them: `M:SS` below an hour, `H:MM:SS` from an hour on. */

/** Formats whole seconds the way the corpus does: `1:33`, `12:05`, `1:02:03`. */
export function formatTime(sec: number): string {
  const whole = Math.max(0, Math.floor(sec));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A time text read leniently: the seconds it most plausibly means, and whether it is well formed. */
export interface ParsedTime {
  readonly sec: number;
  /** False for texts like `37:567`, `62:23` or `1:5` that a reader may misread. */
  readonly wellFormed: boolean;
}

const CLOCK = /^(\d+):(\d+)(?::(\d+))?$/;

/** Reads `M:SS`, `MM:SS` or `H:MM:SS`; undefined when the text is no clock time at all. */
export function parseTime(text: string): ParsedTime | undefined {
  const match = CLOCK.exec(text.trim());
  if (!match) return undefined;
  const parts = [match[1], match[2], match[3]].filter((p): p is string => p !== undefined);
  const sec = parts.reduce((total, p) => total * 60 + Number(p), 0);
  const [head, ...tail] = parts as [string, ...string[]];
  const tailOk = tail.every((p) => p.length === 2 && Number(p) < 60);
  const headOk = head.length <= 2 && (parts.length === 2 ? Number(head) < 60 : Number(head) > 0);
  return { sec, wellFormed: tailOk && headOk && text === text.trim() };
}

/** The canonical text for a time text, or undefined when it is no clock time. */
export function normaliseTime(text: string): string | undefined {
  const parsed = parseTime(text);
  return parsed && formatTime(parsed.sec);
}

/**
 * True when a plain (unquoted) scalar with this text is a number to some YAML 1.1 reader:
 * PyYAML reads `1:33` as 93, Ruby's Psych (Jekyll) reads even `0:41` as 41.
 */
export function isSexagesimalNumber(text: string): boolean {
  return /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(text);
}
