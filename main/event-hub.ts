import type { ApiEventName } from '../shared/api.js';

/** The events that ask the page to do something: one sent while the page is still starting (nobody listens yet) is held, not lost. */
export const HELD_EVENTS: readonly ApiEventName[] = ['command', 'fileOpened'];

/** Where the events come from (ipcRenderer in the preload): every event of a name goes to each handler added for it. */
export interface EventSource {
  on(event: string, handler: (sender: unknown, ...args: unknown[]) => void): void;
  removeListener(event: string, handler: (sender: unknown, ...args: unknown[]) => void): void;
}

/**
 * Subscriptions to main's events for the page. A HELD_EVENTS event that arrives with no listener (a
 * file opened from a second instance during the first screen, before the workspace listens) is kept
 * and given to the first listener of its name, in order.
 */
export function createEventHub(source: EventSource): (event: ApiEventName, listener: (...args: unknown[]) => void) => () => void {
  const listening = new Map<ApiEventName, number>();
  const held = new Map<ApiEventName, unknown[][]>();
  for (const event of HELD_EVENTS) {
    source.on(event, (_sender, ...args) => {
      if (!listening.get(event)) held.set(event, [...(held.get(event) ?? []), args]);
    });
  }
  return (event, listener) => {
    const handler = (_sender: unknown, ...args: unknown[]) => listener(...args);
    source.on(event, handler);
    listening.set(event, (listening.get(event) ?? 0) + 1);
    const waiting = held.get(event);
    held.delete(event);
    for (const args of waiting ?? []) listener(...args);
    return () => {
      source.removeListener(event, handler);
      listening.set(event, listening.get(event)! - 1);
    };
  };
}
