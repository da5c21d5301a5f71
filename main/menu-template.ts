import type { MenuItemConstructorOptions } from 'electron';
import { COMMANDS, commandKey, toAccelerator, type CommandId, type CommandSpec, type MenuName } from '../shared/commands.js';

/** What the menu's items do; main supplies them. */
export interface MenuActions {
  /** Runs a command from shared/commands.ts (most are sent to the renderer). */
  command(id: CommandId): void;
  /** Opens a file from the Open Recent list. */
  openRecent(path: string): void;
  /** Empties the Open Recent list. */
  clearRecent(): void;
}

/** What the menu shows besides the commands. */
export interface MenuInput {
  /** Recently opened files, newest first. */
  readonly recent: readonly string[];
  /** `process.platform`: macOS puts Quit in the app menu, not in File. */
  readonly platform: string;
  /** Adds the developer tools toggle (unpackaged runs). */
  readonly dev: boolean;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** The commands with their ids typed, so that clicks pass a CommandId without a cast. */
const SPECS: readonly (CommandSpec & { readonly id: CommandId })[] = COMMANDS;

/** What building one menu needs. */
interface Context {
  readonly actions: MenuActions;
  readonly recent: readonly string[];
  readonly mac: boolean;
}

/** A command's menu item, with its shortcut (the platform's) as an accelerator. */
function commandItem(spec: CommandSpec & { readonly id: CommandId }, { actions, mac }: Context): MenuItemConstructorOptions {
  const item: MenuItemConstructorOptions = { id: spec.id, label: spec.label, click: () => actions.command(spec.id) };
  const key = commandKey(spec, mac);
  return key ? { ...item, accelerator: toAccelerator(key) } : item;
}

/** The items of one menu, in COMMANDS order, with the separators the commands ask for. */
function commandItems(menu: MenuName, context: Context): MenuItemConstructorOptions[] {
  return SPECS.filter((spec) => spec.menu === menu).flatMap((spec, i) => {
    const item = commandItem(spec, context);
    const items = spec.separatorBefore && i > 0 ? [separator, item] : [item];
    // Open Recent belongs right under Open Episode….
    return spec.id === 'file.open' ? [...items, openRecentMenu(context)] : items;
  });
}

/** File > Open Recent: the recent files, or a disabled placeholder, then Clear Recent. */
function openRecentMenu({ actions, recent }: Context): MenuItemConstructorOptions {
  const files: MenuItemConstructorOptions[] = recent.length
    ? recent.map((path) => ({ label: path, click: () => actions.openRecent(path) }))
    : [{ label: 'No Recent Files', enabled: false }];
  const clear: MenuItemConstructorOptions = { id: 'file.clearRecent', label: 'Clear Recent', enabled: recent.length > 0, click: () => actions.clearRecent() };
  return { id: 'file.openRecent', label: 'Open Recent', submenu: [...files, separator, clear] };
}

/** The application menu: File, Edit, Speakers, View, Playback, Help from COMMANDS, plus the system's clipboard, zoom and quit items. */
export function buildMenuTemplate(input: MenuInput, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = input.platform === 'darwin';
  const context: Context = { actions, recent: input.recent, mac };
  const quit: MenuItemConstructorOptions[] = mac ? [] : [separator, { role: 'quit', label: 'Quit' }];
  // The clipboard roles are what make the Cut/Copy/Paste keys work at all on macOS.
  const clipboard: MenuItemConstructorOptions[] = [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }];
  const zoom: MenuItemConstructorOptions[] = [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { role: 'togglefullscreen' }];
  const devTools: MenuItemConstructorOptions[] = input.dev ? [{ role: 'toggleDevTools' }] : [];
  const menu = (label: MenuName, extra: MenuItemConstructorOptions[] = []): MenuItemConstructorOptions[] => {
    const items = commandItems(label, context);
    return items.length ? [{ label, submenu: [...items, ...extra] }] : [];
  };
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    ...menu('File', quit),
    ...menu('Edit', [separator, ...clipboard]),
    ...menu('Speakers'),
    ...menu('View', [separator, ...zoom, ...devTools]),
    ...menu('Playback'),
    ...menu('Help'),
  ];
}
