import { invertedEffects } from '@codemirror/commands';
import { Facet, StateEffect, StateField, type EditorState, type Extension } from '@codemirror/state';
import type { TranscriptItem } from '../../../shared/episode/index.js';
import { transcriptField } from './transcript-field.js';

/** The podcast host's name from the settings ('' when not set): first in the roster of an episode they speak in. */
export const rosterHost = Facet.define<string, string>({ combine: (values) => values[0] ?? '' });

/** The order the user gave this episode's speakers (dragged in the speaker overview, remembered per episode): those named come first, in it. */
export const rosterOrder = Facet.define<readonly string[], readonly string[]>({ combine: (values) => values[0] ?? [] });

/** Tells the roster that a speaker was renamed (or merged into another): the new name keeps the old one's number. */
export const renameInRoster = StateEffect.define<{ readonly from: string; readonly to: string }>();

/** `names` with the speakers of `items` not yet among them added, in order of first appearance (the same array when none is new). */
function withNewSpeakers(names: readonly string[], items: readonly TranscriptItem[]): readonly string[] {
  let grown: string[] | undefined;
  for (const item of items) {
    if (item.kind !== 'turn' || item.who === undefined || item.who === '') continue;
    if ((grown ?? names).includes(item.who)) continue;
    (grown ??= [...names]).push(item.who);
  }
  return grown ?? names;
}

/** `names` with the host moved to the front, when among them. */
function hostFirst(names: readonly string[], host: string): readonly string[] {
  return host && names.includes(host) && names[0] !== host ? [host, ...names.filter((n) => n !== host)] : names;
}

/** `names` with those `order` names come first, in its order, then the rest as they were. */
function inOrder(names: readonly string[], order: readonly string[]): readonly string[] {
  const first = order.filter((n) => names.includes(n));
  return first.length === 0 ? names : [...first, ...names.filter((n) => !first.includes(n))];
}

/** The roster of an episode as it opens: the user's order, else the host first, then the others as they first appear. */
function initialRoster(state: EditorState): readonly string[] {
  return inOrder(hostFirst(withNewSpeakers([], state.field(transcriptField).items), state.facet(rosterHost)), state.facet(rosterOrder));
}

/** `names` with `from` replaced by `to` in its place (or dropped when `to` already has a place). */
function renamed(names: readonly string[], from: string, to: string): readonly string[] {
  if (!names.includes(from)) return names;
  return names.includes(to) ? names.filter((n) => n !== from) : names.map((n) => (n === from ? to : n));
}

/**
 * The episode's speakers in the order their keys (Alt+1…9) and colours follow: the order the user
 * gave them, else the host first when they speak in it, then the others in order of first
 * appearance. Made when an episode opens (and again when the user reorders it); while it is open the
 * order never changes by itself, and a new speaker takes the next free place.
 */
export const rosterField = StateField.define<readonly string[]>({
  create: initialRoster,
  update(names, tr) {
    if (tr.startState.facet(rosterOrder) !== tr.state.facet(rosterOrder)) return initialRoster(tr.state);
    let next = names;
    for (const effect of tr.effects) if (effect.is(renameInRoster)) next = renamed(next, effect.value.from, effect.value.to);
    if (tr.startState.field(transcriptField).items !== tr.state.field(transcriptField).items) next = withNewSpeakers(next, tr.state.field(transcriptField).items);
    // The host's name arrives (settings are read after the first episode shows) or is changed by the user.
    if (tr.startState.facet(rosterHost) !== tr.state.facet(rosterHost)) next = hostFirst(next, tr.state.facet(rosterHost));
    return next;
  },
});

/** The roster, with a rename undone together with the turns it renamed (the old name gets its place back). */
export const speakerRoster: Extension = [
  rosterField,
  invertedEffects.of((tr) => tr.effects.flatMap((e) => (e.is(renameInRoster) ? [renameInRoster.of({ from: e.value.to, to: e.value.from })] : []))),
];

/**
 * The speakers Alt+1…9 assign: the roster, then the host when not among them and where a host makes
 * sense (an episode with fewer than two speakers so far), then `extra` names.
 */
export function roster(state: EditorState, extra: readonly string[] = []): string[] {
  const names = [...state.field(rosterField)];
  const host = state.facet(rosterHost);
  if (host && names.length < 2 && !names.includes(host)) names.push(host);
  for (const name of extra) if (name && !names.includes(name)) names.push(name);
  return names;
}
