import { describe, expect, it } from 'vitest';
import { COMMANDS, commandKey, displayKey, isCommandId, shortcutLabel, toAccelerator } from '../../shared/commands.js';

const PLATFORMS = [
  { name: 'Linux and Windows', mac: false },
  { name: 'macOS', mac: true },
] as const;

/** A key in one spelling (modifiers sorted, `Mod` as the platform's), to compare shortcuts. */
function normalise(key: string, mac: boolean): string {
  const parts = key.split(/-(?!$)/);
  const name = parts.pop()!;
  const mods = parts.map((m) => (m === 'Mod' ? (mac ? 'Cmd' : 'Ctrl') : m)).sort();
  return [...mods, name.length === 1 ? name.toLowerCase() : name].join('-');
}

/** Keys the menu's roles (clipboard, page zoom, full screen, developer tools, quit) and the system already take. */
const TAKEN: Record<'mac' | 'other', readonly string[]> = {
  other: ['Mod-x', 'Mod-c', 'Mod-v', 'Mod-a', 'Mod-0', 'Mod-=', 'Mod-+', 'Mod--', 'F11', 'Mod-Shift-i', 'Mod-q'],
  // macOS: Hide, Hide Others, Minimize, Quit, the window cycle, full screen, Spotlight, input sources, desktops.
  mac: ['Mod-x', 'Mod-c', 'Mod-v', 'Mod-a', 'Mod-0', 'Mod-=', 'Mod-+', 'Mod--', 'Mod-h', 'Mod-Alt-h', 'Mod-m', 'Mod-q', 'Mod-`', 'Ctrl-Mod-f', 'Mod-Alt-i', 'Mod-Space', 'Ctrl-Space', 'Ctrl-1', 'Ctrl-2', 'Ctrl-3', 'Ctrl-ArrowLeft', 'Ctrl-ArrowRight', 'Ctrl-ArrowUp', 'Ctrl-ArrowDown'],
};

describe('the command list', () => {
  it('has unique ids', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const { name, mac } of PLATFORMS) {
    it(`gives each command its own shortcut on ${name}, none that the menu's roles or the system take`, () => {
      const keys = COMMANDS.flatMap((c) => {
        const key = commandKey(c, mac);
        return key ? [normalise(key, mac)] : [];
      });
      expect(new Set(keys).size).toBe(keys.length);
      const taken = new Set(TAKEN[mac ? 'mac' : 'other'].map((k) => normalise(k, mac)));
      expect(keys.filter((k) => taken.has(k))).toEqual([]);
    });
  }

  it('uses no Option+character shortcut on macOS, where Option types characters (⌥K is "˚")', () => {
    const optionCharacter = (key: string) => /^Alt-(Shift-)?[^-]$|^Alt-(Shift-)?-$/.test(key);
    expect(COMMANDS.filter((c) => optionCharacter(commandKey(c, true) ?? '')).map((c) => c.id)).toEqual([]);
    // …while the other platforms keep Alt for them.
    expect(commandKey(COMMANDS.find((c) => c.id === 'playback.toggle')!, false)).toBe('Alt-k');
  });

  it('shows each platform its own keys in menus, tooltips and the help', () => {
    expect(shortcutLabel('playback.toggle', false)).toBe('Alt+K');
    expect(shortcutLabel('playback.toggle', true)).toBe('⌃K');
    expect(shortcutLabel('speaker.2', false)).toBe('Alt+2');
    expect(shortcutLabel('speaker.2', true)).toBe('⌘2');
    expect(shortcutLabel('file.save', true)).toBe('⌘S');
    expect(shortcutLabel('edit.duration', false)).toBeUndefined();
  });

  it('marks the commands main carries out', () => {
    expect(COMMANDS.filter((c) => c.main).map((c) => c.id)).toEqual(['file.close']);
  });

  it('turns CodeMirror keys into Electron accelerators and readable labels', () => {
    expect(toAccelerator('Mod-Shift-s')).toBe('CmdOrCtrl+Shift+S');
    expect(toAccelerator('Alt-ArrowDown')).toBe('Alt+Down');
    expect(toAccelerator('Alt--')).toBe('Alt+-');
    expect(toAccelerator('Ctrl-=')).toBe('Ctrl+=');
    expect(toAccelerator('F8')).toBe('F8');
    expect(displayKey('Alt--', false)).toBe('Alt+-');
    expect(displayKey('Mod-Shift-s', true)).toBe('⌘⇧S');
    expect(displayKey('Ctrl-[', true)).toBe('⌃[');
  });

  it('knows its ids', () => {
    expect(isCommandId('file.save')).toBe(true);
    expect(isCommandId('file.delete')).toBe(false);
    expect(isCommandId(42)).toBe(false);
  });
});
