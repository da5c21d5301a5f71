import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuActions } from '../../main/menu-template.js';
import { COMMANDS, toAccelerator } from '../../shared/commands.js';

/** Every item of a template, submenus included. */
function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}

function build(recent: string[] = [], platform = 'linux', dev = false) {
  const calls: string[] = [];
  const actions: MenuActions = {
    command: (id) => calls.push(`command ${id}`),
    openRecent: (path) => calls.push(`open ${path}`),
    clearRecent: () => calls.push('clear'),
  };
  const template = buildMenuTemplate({ recent, platform, dev }, actions);
  return { template, items: flatten(template), calls };
}

const submenuOf = (template: MenuItemConstructorOptions[], label: string) => template.find((m) => m.label === label)?.submenu ?? [];

describe('application menu', () => {
  it('has every command once, under its menu, with its accelerator, and clicking sends its id', () => {
    const { template, items, calls } = build();
    for (const command of COMMANDS) {
      const found = items.filter((item) => item.id === command.id);
      expect(found, command.id).toHaveLength(1);
      expect(found[0]!.label).toBe(command.label);
      expect(found[0]!.accelerator).toBe(command.key === undefined ? undefined : toAccelerator(command.key));
      expect(submenuOf(template, command.menu)).toContain(found[0]);
      found[0]!.click!();
      expect(calls.at(-1)).toBe(`command ${command.id}`);
    }
  });

  it('gives macOS its own keys where Option would type a character', () => {
    const accelerator = (platform: string, id: string) => build([], platform).items.find((item) => item.id === id)?.accelerator;
    expect(accelerator('linux', 'playback.toggle')).toBe('Alt+K');
    expect(accelerator('darwin', 'playback.toggle')).toBe('Ctrl+K');
    expect(accelerator('darwin', 'speaker.3')).toBe('CmdOrCtrl+3');
    expect(accelerator('darwin', 'file.save')).toBe('CmdOrCtrl+S');
  });

  it('leaves page zoom’s keys to the View menu’s zoom roles', () => {
    const commandKeys = build().items.filter((item) => item.id !== undefined).map((item) => item.accelerator);
    expect(commandKeys).not.toContain('CmdOrCtrl+-');
    expect(commandKeys).not.toContain('CmdOrCtrl+=');
    const roles = submenuOf(build().template, 'View').map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
  });

  it('orders File as New Episode, Open Episode…, Open Recent, Open Audio…, Save, Save As…, Export…, Export Again, Close, Quit', () => {
    const { template } = build();
    const labels = submenuOf(template, 'File').map((item) => item.label ?? item.role ?? item.type);
    // Other File commands (importers) may sit between; these keep their order around them.
    expect(labels.slice(0, 4)).toEqual(['New Episode', 'Open Episode…', 'Open Recent', 'Open Audio…']);
    expect(labels.slice(labels.indexOf('Save'))).toEqual(['Save', 'Save As…', 'separator', 'Export…', 'Export Again', 'separator', 'Close', 'separator', 'Quit']);
    const menus = template.map((m) => m.label);
    expect(menus.slice(0, 2)).toEqual(['File', 'Edit']);
    expect(menus.slice(-3)).toEqual(['View', 'Playback', 'Help']);
  });

  it('has a Playback menu with the playback commands and their keys, each sent to the renderer', () => {
    const { template, calls } = build();
    const playback = submenuOf(template, 'Playback');
    expect(playback.map((item) => item.label ?? item.type)).toEqual([
      'Play/Pause', 'Back 5 Seconds', 'Forward 5 Seconds', 'separator', 'Slower', 'Faster', 'separator', 'Play From This Turn', 'Play From Here', 'Play Around This Turn’s Start', 'Text Follows Playback',
    ]);
    expect(playback[0]!.accelerator).toBe('Alt+K');
    playback[0]!.click!();
    submenuOf(template, 'File').find((item) => item.id === 'file.openAudio')!.click!();
    expect(calls).toEqual(['command playback.toggle', 'command file.openAudio']);
  });

  it('lists recent files under Open Recent, newest first, each opening its file', () => {
    const { items, calls } = build(['/b.md', '/a.md']);
    const openRecent = items.find((item) => item.id === 'file.openRecent')!;
    const files = openRecent.submenu!.filter((item) => item.label?.startsWith('/'));
    expect(files.map((item) => item.label)).toEqual(['/b.md', '/a.md']);
    files[1]!.click!();
    openRecent.submenu!.find((item) => item.id === 'file.clearRecent')!.click!();
    expect(calls).toEqual(['open /a.md', 'clear']);
  });

  it('says so when there are no recent files', () => {
    const { items } = build([]);
    const submenu = items.find((item) => item.id === 'file.openRecent')!.submenu!;
    expect(submenu[0]).toEqual({ label: 'No Recent Files', enabled: false });
    expect(submenu.find((item) => item.id === 'file.clearRecent')!.enabled).toBe(false);
  });

  it('keeps the clipboard roles in Edit, and developer tools only in development', () => {
    const roles = (dev: boolean) => build([], 'linux', dev).items.map((item) => item.role).filter(Boolean);
    expect(roles(false)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'quit']));
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('on macOS, starts with the app menu, which holds Quit', () => {
    const { template, items } = build([], 'darwin');
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(items.some((item) => item.role === 'quit')).toBe(false);
  });
});
