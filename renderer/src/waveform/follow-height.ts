/** The least the waveform is drawn at, however short the pane: its peaks stay readable, the rest is clipped. */
export const MIN_WAVE_HEIGHT = 48;

/**
 * The height to draw the waveform at in a container `containerHeight` tall that also holds the
 * timeline and the horizontal scroll bar below the drawing; undefined while the container is hidden.
 */
export function waveHeightFor(containerHeight: number, below: number): number | undefined {
  if (containerHeight <= 0) return undefined;
  return Math.max(MIN_WAVE_HEIGHT, Math.round(containerHeight - below));
}

/**
 * Calls `fit` whenever `container` changes height (the split dragged, a height restored from settings,
 * the window resized, the container shown). The container's height must come from the layout, not
 * from the drawing inside it, or the two would chase each other. Returns the unsubscribe function.
 */
export function onHeightChange(container: HTMLElement, fit: () => void): () => void {
  let last = -1;
  const observer = new ResizeObserver(() => {
    if (container.clientHeight === last) return;
    last = container.clientHeight;
    fit();
  });
  observer.observe(container);
  return () => observer.disconnect();
}
