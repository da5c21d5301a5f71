import { formatTime } from '../../../shared/episode/index.js';

/** A timeline mark as a clock time (`0:05`, `1:00`, `1:02:30`), with tenths where zoomed in past whole seconds (`0:05.5`). */
export function timelineLabel(seconds: number): string {
  const tenths = Math.round(seconds * 10);
  const clock = formatTime(Math.floor(tenths / 10));
  return tenths % 10 === 0 ? clock : `${clock}.${tenths % 10}`;
}
