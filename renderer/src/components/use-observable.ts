import { useCallback, useSyncExternalStore } from 'react';
import type { Observable } from '../state/observable.js';

/**
 * What a component shows of an observable value: `select` picks the part it shows, and the
 * component renders again only when that part changes (so `select` must return a stored value,
 * such as a state field's, not a new object each time).
 */
export function useObservable<T, R = T>(observable: Observable<T>, select?: (value: T) => R): R {
  const subscribe = useCallback((onChange: () => void) => observable.subscribe(onChange), [observable]);
  return useSyncExternalStore(subscribe, () => (select ? select(observable.get()) : (observable.get() as unknown as R)));
}
