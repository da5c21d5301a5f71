import type { KeyBinding } from '@codemirror/view';
import { COMMANDS, type CommandId } from '../../../shared/commands.js';

/** What each command does in the renderer; every id in COMMANDS has one. */
export type CommandHandlers = Readonly<Record<CommandId, () => unknown>>;

/** The keymap scope of the app's commands: the editor, and the whole window through `runScopeHandlers`. */
export const APP_KEY_SCOPE = 'app';

/**
 * Key bindings for every command with a shortcut that the page carries out, all running through
 * `run` (CodeMirror picks `mac` on macOS). Main's commands (Close) are left to the menu's accelerators.
 */
export function commandKeyBindings(run: (id: CommandId) => void): KeyBinding[] {
  return COMMANDS.filter((c) => c.key !== undefined && !c.main).map((c) => ({
    key: c.key,
    ...(c.mac && { mac: c.mac }),
    scope: `editor ${APP_KEY_SCOPE}`,
    preventDefault: true,
    run: () => {
      run(c.id);
      return true;
    },
  }));
}
