import { useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import type { Settings } from '../app/settings.js';
import { useObservable } from './use-observable.js';

/** The audio pane's height in the stylesheet (styles.css, index.html's first screen): used until the user drags the split. */
export const DEFAULT_WAVEFORM_HEIGHT = 239;
/** The least the audio pane may be: its transport, the waveform at its least (follow-height.ts) with its timeline, and the speaker overview. */
const MIN_WAVEFORM_HEIGHT = 144;
/** The least the transcript (and the status bar below it) keeps of the window. */
const MIN_TRANSCRIPT_HEIGHT = 200;
/** How far one ArrowUp or ArrowDown moves the split. */
const KEY_STEP = 16;

/** A height kept within the bounds for the current window. */
function bounded(px: number): number {
  const max = Math.max(MIN_WAVEFORM_HEIGHT, window.innerHeight - MIN_TRANSCRIPT_HEIGHT);
  return Math.round(Math.min(max, Math.max(MIN_WAVEFORM_HEIGHT, px)));
}

/**
 * The handle at the bottom of the audio pane: dragged, or focused and moved with ArrowUp/ArrowDown
 * (Home/End for the least and the most, a double click for the default), it sets the pane's height,
 * which settings keep. The first screen shows the default height; a remembered one applies here.
 */
export function SplitHandle({ settings, pane }: { settings: Settings; pane: RefObject<HTMLElement | null> }) {
  const stored = useObservable(settings.waveformHeight);
  const [dragged, setDragged] = useState<number>();
  const drag = useRef<{ y: number; height: number }>(undefined);
  const height = dragged ?? (stored === undefined ? undefined : bounded(stored));

  useLayoutEffect(() => {
    if (pane.current) pane.current.style.height = height === undefined ? '' : `${height}px`;
  }, [pane, height]);

  const store = (px: number) => void settings.setWaveformHeight(bounded(px));
  const now = height ?? DEFAULT_WAVEFORM_HEIGHT;

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || !pane.current) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { y: e.clientY, height: pane.current.getBoundingClientRect().height };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) setDragged(bounded(drag.current.height + e.clientY - drag.current.y));
  };
  const onPointerEnd = () => {
    if (!drag.current) return;
    drag.current = undefined;
    if (dragged !== undefined) store(dragged);
    setDragged(undefined);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const to = { ArrowUp: now - KEY_STEP, ArrowDown: now + KEY_STEP, Home: MIN_WAVEFORM_HEIGHT, End: Number.MAX_SAFE_INTEGER }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    store(to);
  };

  return (
    <div
      className="split-handle"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize the audio pane"
      aria-valuenow={now}
      aria-valuemin={MIN_WAVEFORM_HEIGHT}
      aria-valuemax={bounded(Number.MAX_SAFE_INTEGER)}
      tabIndex={0}
      title="Drag to resize the audio pane (or focus and press ↑/↓); double-click for the default"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onLostPointerCapture={onPointerEnd}
      onKeyDown={onKeyDown}
      onDoubleClick={() => store(DEFAULT_WAVEFORM_HEIGHT)}
    />
  );
}
