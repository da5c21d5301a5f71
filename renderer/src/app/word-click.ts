import type { EditorView } from '@codemirror/view';

/**
 * Ctrl+click (⌘+click on a Mac) on a word of the text: the cursor goes there and `play` runs (Play
 * From Here), instead of CodeMirror adding a cursor. Returns the unsubscribe function.
 */
export function listenForWordClicks(view: EditorView, mac: boolean, play: () => void): () => void {
  const onMouseDown = (event: MouseEvent) => {
    if (event.button !== 0 || !(mac ? event.metaKey : event.ctrlKey) || event.altKey || event.shiftKey) return;
    if (!(event.target instanceof Node) || !view.contentDOM.contains(event.target)) return;
    // A turn's time or speaker button keeps its own click.
    if (event.target instanceof Element && event.target.closest('[data-part]')) return;
    const pos = view.posAtCoords({ x: event.clientX, y: event.clientY }, false);
    // Caught before CodeMirror's own handler on the text, which would add a cursor.
    event.preventDefault();
    event.stopPropagation();
    view.dispatch({ selection: { anchor: pos } });
    view.focus();
    play();
  };
  view.dom.addEventListener('mousedown', onMouseDown, true);
  return () => view.dom.removeEventListener('mousedown', onMouseDown, true);
}
