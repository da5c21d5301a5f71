import { describe, expect, it } from 'vitest';
import { COMMANDS, displayKey, isCommandId, toAccelerator } from '../../shared/commands.js';

describe('the command list', () => {
  it('has unique ids and unique shortcuts', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = COMMANDS.flatMap((c) => (c.key ? [c.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('turns CodeMirror keys into Electron accelerators and readable labels', () => {
    expect(toAccelerator('Mod-Shift-s')).toBe('CmdOrCtrl+Shift+S');
    expect(toAccelerator('Alt-ArrowDown')).toBe('Alt+Down');
    expect(toAccelerator('Mod--')).toBe('CmdOrCtrl+-');
    expect(toAccelerator('Mod-=')).toBe('CmdOrCtrl+=');
    expect(toAccelerator('F8')).toBe('F8');
    expect(displayKey('Mod--', false)).toBe('Ctrl+-');
    expect(displayKey('Mod-Shift-s', true)).toBe('⌘⇧S');
  });

  it('knows its ids', () => {
    expect(isCommandId('file.save')).toBe(true);
    expect(isCommandId('file.delete')).toBe(false);
    expect(isCommandId(42)).toBe(false);
  });
});
