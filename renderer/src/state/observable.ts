/**
 * A value with one owner that sets it and any number of views that read it and hear of changes.
 * React shows one through `useObservable`; nothing else keeps a copy.
 */
export interface Observable<T> {
  /** The current value. */
  get(): T;
  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe(listener: (value: T) => void): () => void;
}

/** The owner's side of an observable value: it alone sets it. */
export class ObservableValue<T> implements Observable<T> {
  private readonly listeners = new Set<(value: T) => void>();

  constructor(private value: T) {}

  /** The current value. */
  get(): T {
    return this.value;
  }

  /** Sets the value and tells the listeners, unless it is the same value. */
  set(value: T): void {
    if (Object.is(value, this.value)) return;
    this.value = value;
    for (const listener of this.listeners) listener(value);
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}
