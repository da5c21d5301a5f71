import { useEffect, useRef } from 'react';
import { formatTime } from '../../../shared/episode/index.js';
import type { WaveformView } from '../waveform/waveform-view.js';

/** The playhead's time, written straight to the element many times a second, never through React state. */
export function Clock({ waveform }: { waveform: WaveformView }) {
  const label = useRef<HTMLSpanElement>(null);
  useEffect(
    () =>
      waveform.on('time', (t) => {
        if (label.current) label.current.textContent = formatTime(t);
      }),
    [waveform],
  );
  return (
    <span className="clock" ref={label} aria-label="Playhead">
      0:00
    </span>
  );
}
