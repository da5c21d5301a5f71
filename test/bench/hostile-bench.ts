// Files made to exhaust a reader (issue 14): how long the engine takes to read or refuse each.
import { MAX_EPISODE_CHARS, parseEpisode, validateEpisode } from '../../shared/episode/index.js';
import { formatTiming, time } from './measure.js';

/** Whether a parse read the text or refused it, for the figure's label. */
function outcome(text: string): string {
  try {
    parseEpisode(text, 'bench.md');
    return 'read';
  } catch {
    return 'refused';
  }
}

/** `---\ntranscript:\n` and the turns of an episode, repeated to about `chars` characters. */
export function repeatedTurns(episode: string, chars: number): string {
  const start = episode.indexOf('\ntranscript:\n');
  const end = episode.indexOf('\n---', start + 1);
  const turns = episode.slice(start + '\ntranscript:\n'.length, end + 1);
  return `---\ntranscript:\n${turns.repeat(Math.max(1, Math.floor(chars / turns.length)))}---\n`;
}

/** Parse (or refusal) times of hostile files and of big ones made from a real episode's turns. */
export function benchHostile(episode: string): string[] {
  const n = 20_000;
  const aliases = `---\ndefs:\n${Array.from({ length: n }, (_, i) => `  a${i}: &a${i} v${i}`).join('\n')}\nrefs:\n${Array.from({ length: n }, (_, i) => `- *a${i}`).join('\n')}\n---\n`;
  const laughs = `---\ntranscript:\n- x0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n${Array.from({ length: 9 }, (_, i) => `  x${i + 1}: &x${i + 1} [${Array(9).fill(`*x${i}`).join(', ')}]`).join('\n')}\n---\n`;
  const deep = `---\ntranscript:\n- line: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n---\n`;
  const underLimit = repeatedTurns(episode, MAX_EPISODE_CHARS * 0.99);
  const fifty = repeatedTurns(episode, 50e6);
  const big = parseEpisode(underLimit, 'big.md');
  const figure = (label: string, text: string, runs: number) => `  ${label.padEnd(34)} ${outcome(text).padEnd(8)} ${formatTiming(time(() => outcome(text), runs))}`;
  return [
    'hostile and big files (parseEpisode; issue 14):',
    figure(`${n.toLocaleString('en')} aliases`, aliases, 5),
    figure('a billion laughs in an item', laughs, 5),
    figure('100,000 nested `[` in a turn', deep, 3),
    figure(`${(underLimit.length / 1e6).toFixed(1)} M chars (${big.items.length} items)`, underLimit, 3),
    `  ${`validate ${(underLimit.length / 1e6).toFixed(1)} M chars`.padEnd(34)} ${''.padEnd(8)} ${formatTiming(time(() => validateEpisode(big), 3))}`,
    figure(`${(fifty.length / 1e6).toFixed(1)} M chars`, fifty, 5),
  ];
}
