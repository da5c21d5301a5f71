import type { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { commandKeyBindings } from '../../../renderer/src/app/command-keys.js';
import { COMMANDS, type CommandId } from '../../../shared/commands.js';

describe('the page’s command keys', () => {
  const ran: CommandId[] = [];
  const bindings = commandKeyBindings((id) => ran.push(id));

  it('bind every command with a shortcut except those main carries out, which the menu’s accelerators run', () => {
    const bound = COMMANDS.filter((c) => c.key !== undefined && !c.main);
    expect(bindings).toHaveLength(bound.length);
    expect(bindings.map((b) => b.key)).not.toContain('Mod-w');
  });

  it('carry macOS’s own key beside the others’, for CodeMirror to pick', () => {
    const play = bindings.find((b) => b.key === 'Alt-k')!;
    expect(play.mac).toBe('Ctrl-k');
    play.run!(undefined as unknown as EditorView);
    expect(ran.at(-1)).toBe('playback.toggle');
  });
});
