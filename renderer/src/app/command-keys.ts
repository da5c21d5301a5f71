import type { KeyBinding } from '@codemirror/view';
import { COMMANDS, type CommandId } from '../../../shared/commands.js';

/** What each command does in the renderer; every id in COMMANDS has one. */
export type CommandHandlers = Readonly<Record<CommandId, () => unknown>>;

/** The keymap scope of the app's commands: the editor, and the whole window through `runScopeHandlers`. */
export const APP_KEY_SCOPE = 'app';

/** Key bindings for every command with a shortcut, all running through `run`. */
export function commandKeyBindings(run: (id: CommandId) => void): KeyBinding[] {
  return COMMANDS.filter((c) => c.key !== undefined).map((c) => ({
    key: c.key,
    scope: `editor ${APP_KEY_SCOPE}`,
    preventDefault: true,
    run: () => {
      run(c.id);
      return true;
    },
  }));
}
