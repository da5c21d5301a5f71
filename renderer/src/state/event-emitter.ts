/** An event map: each event name to the labelled arguments its listeners get, e.g. `{ ready: [duration: number] }`. */
export type EventMap<Events> = { [E in keyof Events]: unknown[] };

type Listener<Events extends EventMap<Events>, E extends keyof Events> = (...args: Events[E]) => void;

/**
 * A typed event emitter, as wavesurfer.js has one: `on()` returns the unsubscribe function, which
 * every owner keeps and runs when it is destroyed.
 */
export class EventEmitter<Events extends EventMap<Events>> {
  private readonly listeners = new Map<keyof Events, Set<Listener<Events, keyof Events>>>();

  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends keyof Events>(event: E, listener: Listener<Events, E>): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as Listener<Events, keyof Events>);
    return () => void set.delete(listener as Listener<Events, keyof Events>);
  }

  /** Calls every listener of an event. */
  protected emit<E extends keyof Events>(event: E, ...args: Events[E]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }

  /** Drops every listener (on destroy). */
  protected unAll(): void {
    this.listeners.clear();
  }
}
