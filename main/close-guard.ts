/**
 * Closing a window that holds unsaved changes, when the renderer owns the document.
 *
 * Main knows only what the renderer reports through `setDocumentState`. So:
 * 1. The window is asked to close (close button, File > Close, Quit). With no unsaved changes it closes.
 * 2. Otherwise main stops the close and sends the renderer the `command` event `file.close`.
 * 3. The renderer settles the changes as for any other file.close: it asks `confirmDiscard`, saves if
 *    told to, then ANSWERS with `setDocumentState`: `dirty: false` once saved or discarded, `dirty: true`
 *    when the user cancelled or the save failed.
 * 4. The answer to a pending close closes the window when clean, and ends the request either way, so a
 *    later, ordinary save never closes the window by surprise. A Cancel in the confirm dialog (which main
 *    shows, so it sees the answer) ends the request too, should the renderer forget to answer.
 * Asking again on every close request, rather than waiting for an answer, means a renderer that never
 * answers cannot trap the user in a window that will not close: the next click asks again.
 * No extra operation is needed, and nothing here waits on a timer.
 */
import type { DiscardAnswer } from '../shared/api.js';

/** What to do with a request to close the window. */
export type CloseDecision =
  /** Let it close. */
  | 'close'
  /** Stop it and ask the renderer (send `command` `file.close`). */
  | 'ask-renderer';

/** The close rules for one window; pure, so they are tested without Electron. */
export class CloseGuard {
  private dirty = false;
  private asking = false;
  private rendererGone = false;

  /** The window was asked to close. */
  requestClose(): CloseDecision {
    if (!this.dirty || this.rendererGone) return 'close';
    this.asking = true;
    return 'ask-renderer';
  }

  /** The user answered the unsaved-changes question: after Cancel, whatever the renderer says next is no answer to a close. */
  confirmAnswered(answer: DiscardAnswer): void {
    if (answer === 'cancel') this.asking = false;
  }

  /** The renderer reported its state; true when this answers a pending close with "clean": close now. */
  documentState(dirty: boolean): boolean {
    this.dirty = dirty;
    const answered = this.asking;
    this.asking = false;
    return answered && !dirty;
  }

  /** The renderer crashed: its unsaved text is lost already, and it can no longer answer, so let the window close. */
  rendererCrashed(): void {
    this.rendererGone = true;
  }
}
