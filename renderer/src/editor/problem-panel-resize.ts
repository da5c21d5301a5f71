import type { EditorView } from '@codemirror/view';

/** The problems list's height until the user drags the panel's edge: about eight problems. */
export const DEFAULT_PROBLEMS_HEIGHT = 160;
/** The least the list may be: two or three problems. */
const MIN_PROBLEMS_HEIGHT = 60;
/** The least the transcript keeps above the panel. */
const MIN_TEXT_HEIGHT = 160;
/** How far one ArrowUp or ArrowDown moves the edge. */
const KEY_STEP = 16;

/** The height the user gave the list, for the rest of the session: the panel is built anew at each opening and for each episode. */
let sessionHeight = DEFAULT_PROBLEMS_HEIGHT;

/** A height kept within the bounds for the editor's present size. */
function bounded(view: EditorView, list: HTMLElement, px: number): number {
  // The panel's rows above the list (the kinds) count against the editor's height too.
  const above = list.getBoundingClientRect().top - (list.closest('.cm-panel')?.getBoundingClientRect().top ?? 0);
  const max = Math.max(MIN_PROBLEMS_HEIGHT, view.dom.getBoundingClientRect().height - MIN_TEXT_HEIGHT - above);
  return Math.round(Math.min(max, Math.max(MIN_PROBLEMS_HEIGHT, px)));
}

/**
 * The handle on the problems panel's top edge: dragged, or focused and moved with ArrowUp/ArrowDown
 * (Home/End for the least and the most, a double click for the default), it sets the list's height,
 * which the session keeps. The list's height is set on the element itself, never through React.
 */
export function problemsResizeHandle(view: EditorView, list: HTMLElement): { dom: HTMLElement; restore: () => void } {
  const handle = document.createElement('div');
  handle.className = 'cm-problems-resize';
  handle.tabIndex = 0;
  handle.setAttribute('role', 'separator');
  handle.setAttribute('aria-orientation', 'horizontal');
  handle.setAttribute('aria-label', 'Resize the problems panel');
  handle.setAttribute('aria-valuemin', String(MIN_PROBLEMS_HEIGHT));
  handle.title = 'Drag to resize the problems panel (or focus and press ↑/↓); double-click for the default';

  const apply = (px: number, keep: boolean) => {
    const height = bounded(view, list, px);
    list.style.height = `${height}px`;
    handle.setAttribute('aria-valuenow', String(height));
    if (keep) sessionHeight = height;
    // The transcript above is shorter or taller now: let CodeMirror measure its viewport again.
    view.requestMeasure();
  };

  let drag: { y: number; height: number } | undefined;
  handle.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    e.preventDefault();
    handle.setPointerCapture(e.pointerId);
    drag = { y: e.clientY, height: list.getBoundingClientRect().height };
  });
  // The edge is above the list: dragging it up makes the list taller.
  handle.addEventListener('pointermove', (e) => drag && apply(drag.height + drag.y - e.clientY, false));
  const end = () => {
    if (!drag) return;
    drag = undefined;
    apply(list.getBoundingClientRect().height, true);
  };
  handle.addEventListener('pointerup', end);
  handle.addEventListener('lostpointercapture', end);
  handle.addEventListener('keydown', (e) => {
    const now = list.getBoundingClientRect().height;
    const to = { ArrowUp: now + KEY_STEP, ArrowDown: now - KEY_STEP, Home: MIN_PROBLEMS_HEIGHT, End: Number.MAX_SAFE_INTEGER }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    apply(to, true);
  });
  handle.addEventListener('dblclick', () => apply(DEFAULT_PROBLEMS_HEIGHT, true));
  // Called once the panel is in the document, where its bounds can be measured.
  return { dom: handle, restore: () => apply(sessionHeight, false) };
}
