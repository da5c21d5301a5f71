import { useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';

/** The gap between a popup and the turn it belongs to, in pixels. */
const GAP = 4;

/**
 * Where a popup anchored at a turn's time or speaker goes: below it, or above it when there is no
 * room below, the editor's bottom panels (problems, find) counting as no room. Measured before paint.
 */
export function usePopoverPlace(anchor: DOMRect): { ref: RefObject<HTMLDivElement | null>; style: CSSProperties } {
  const ref = useRef<HTMLDivElement>(null);
  const [above, setAbove] = useState(false);
  useLayoutEffect(() => {
    const height = ref.current?.getBoundingClientRect().height ?? 0;
    const panels = document.querySelector('.cm-panels-bottom')?.getBoundingClientRect().top;
    const floor = Math.min(window.innerHeight, panels ?? Infinity);
    setAbove(anchor.bottom + GAP + height > floor && anchor.top - GAP - height >= 0);
  }, [anchor]);
  return { ref, style: above ? { left: anchor.left, top: anchor.top - GAP, transform: 'translateY(-100%)' } : { left: anchor.left, top: anchor.bottom + GAP } };
}
