import type { Api } from '../../../shared/api.js';
import { errorMessage } from '../../../shared/errors.js';
import { ObservableValue, type Observable } from '../state/observable.js';

/** The order the user gave the open episode's speakers, read from main when an episode opens and kept there when changed. */
export class SpeakerOrder {
  private readonly value = new ObservableValue<readonly string[]>([]);
  private path: string | undefined;
  /** The open episode's order ([] for none: the order of first appearance). */
  readonly names: Observable<readonly string[]> = this.value;

  constructor(private readonly api: Api) {}

  /** Reads the order kept for the episode now open at `path` (none for a new, unsaved one). */
  async open(path: string | undefined): Promise<void> {
    this.path = path;
    this.value.set([]);
    if (path === undefined) return;
    const names = await this.api.speakerOrder({ path }).catch((err: unknown) => void console.warn(`speaker order not read: ${errorMessage(err)}`));
    if (names && this.path === path) this.value.set(names);
  }

  /** Sets the open episode's order, and keeps it for the episode (in memory only while it has no path). */
  set(names: readonly string[]): void {
    this.value.set(names);
    if (this.path !== undefined) void this.api.setSpeakerOrder({ path: this.path, names }).catch((err: unknown) => void console.warn(`speaker order not kept: ${errorMessage(err)}`));
  }
}

/** `roster` with `who` moved to where `target` is (before it when moving up, after it when moving down). */
export function moveSpeaker(roster: readonly string[], who: string, target: string): string[] {
  const from = roster.indexOf(who);
  const to = roster.indexOf(target);
  if (from < 0 || to < 0 || from === to) return [...roster];
  const rest = roster.filter((n) => n !== who);
  rest.splice(to, 0, who);
  return rest;
}
