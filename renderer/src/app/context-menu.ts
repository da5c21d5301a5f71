import { COMMANDS, displayKey, shortcutLabel, speakerCommandId, TURN_CONTEXT_MENU, type CommandId } from '../../../shared/commands.js';

/** One entry of a turn's context menu: the command it runs, its label and its key (or click) as this platform shows it. */
export interface ContextEntry {
  readonly id: CommandId;
  readonly label: string;
  readonly key: string | undefined;
  /** Greyed out: the command needs audio and none is open. */
  readonly disabled: boolean;
  /** The speaker the turn has now (its Assign entry). */
  readonly current: boolean;
}

/** Commands that act on the audio, greyed out without it. */
const NEEDS_AUDIO: ReadonlySet<CommandId> = new Set(['time.fromPlayhead', 'playback.fromHere']);

/**
 * The groups of a turn's context menu as they show now (TURN_CONTEXT_MENU): a speaker command for
 * each name the roster has ("Assign Katie", with its Alt+N; `speaker`'s marked current), the other commands with their menu labels.
 */
export function contextEntries(roster: readonly string[], audio: boolean, mac: boolean, speaker?: string): ContextEntry[][] {
  const speakerNames = new Map(roster.flatMap((name, i) => {
    const id = speakerCommandId(i + 1);
    return id ? [[id, name] as const] : [];
  }));
  return TURN_CONTEXT_MENU.map((group) =>
    group.flatMap((id) => {
      const spec = COMMANDS.find((c) => c.id === id)!;
      const name = speakerNames.get(id);
      if (/^speaker\.\d$/.test(id) && name === undefined) return [];
      const label = name === undefined ? spec.label.replace('…', '') : `Assign ${name}`;
      return [{ id, label, key: shortcutLabel(id, mac) ?? (spec.click && displayKey(spec.click, mac)), disabled: !audio && NEEDS_AUDIO.has(id), current: name !== undefined && name === speaker }];
    }),
  ).filter((group) => group.length > 0);
}
