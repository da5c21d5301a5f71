import type { TranscriptItem } from './items.js';

/**
 * The frontmatter's `duration`: an ISO 8601 duration as upstream writes it, `PT00H58M55S`: hours
 * always (two digits), minutes and seconds only when not zero (`PT01H09S`, `PT00H59M`). It equals the
 * last turn's `sec` minus the first turn's.
 */

const ISO_DURATION = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/;

/** Seconds of an ISO 8601 duration such as `PT00H58M55S`, or undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const match = ISO_DURATION.exec(text);
  if (!match || text === 'PT') return undefined;
  const [, h = '0', m = '0', s = '0'] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/** Seconds as upstream writes a duration: `PT00H58M55S`, `PT01H09S`, `PT00H59M`. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return `PT${String(h).padStart(2, '0')}H${m ? `${String(m).padStart(2, '0')}M` : ''}${s ? `${String(s).padStart(2, '0')}S` : ''}`;
}

/** What `duration` should be for these items: the last timed turn's `sec` minus the first's, or undefined without times. */
export function expectedDuration(items: readonly TranscriptItem[]): number | undefined {
  let first: number | undefined;
  let last: number | undefined;
  for (const item of items) {
    if (item.kind !== 'turn' || item.sec === undefined) continue;
    first ??= item.sec;
    last = item.sec;
  }
  return first === undefined || last === undefined ? undefined : last - first;
}
