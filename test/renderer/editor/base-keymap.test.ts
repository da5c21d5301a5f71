import { describe, expect, it } from 'vitest';
import { redo, undo } from '@codemirror/commands';
import type { Command } from '@codemirror/view';
import { COMMANDS, commandKey } from '../../../shared/commands.js';
import { baseKeymap, editorKeyHelp } from '../../../renderer/src/editor/base-keymap.js';

/** A key in one spelling: modifiers sorted, `Mod` as the platform's (Ctrl, or Meta on a Mac), the key in lower case. */
function normalise(key: string, mac: boolean): string {
  const parts = key.split(/-(?!$)/);
  const name = parts.pop()!;
  const mods = parts.map((m) => (m === 'Mod' ? (mac ? 'Meta' : 'Ctrl') : m === 'Cmd' ? 'Meta' : m === 'Control' ? 'Ctrl' : m)).sort();
  return [...mods, name.length === 1 ? name.toLowerCase() : name].join('-');
}

/** What a CodeMirror command is called (history's are made by a factory and have no name of their own). */
const nameOf = (run: Command | undefined) => (run === undo ? 'undo' : run === redo ? 'redo' : (run?.name ?? '?'));

/** Which of CodeMirror's own keys an app command takes over, as `command key → what CodeMirror does there`. */
function shadowed(mac: boolean): string[] {
  return COMMANDS.flatMap((command) => {
    const ours = commandKey(command, mac);
    if (ours === undefined || command.main) return [];
    const key = normalise(ours, mac);
    return baseKeymap.flatMap((binding) => {
      const theirs = (mac ? binding.mac : binding.linux) ?? binding.key;
      return theirs !== undefined && normalise(theirs, mac) === key ? [`${command.id} ${ours} → ${nameOf(binding.run)}`] : [];
    });
  });
}

/** Sorts decision lines as the command list orders the commands. */
const byCommandOrder = (a: string, b: string) => COMMANDS.findIndex((c) => a.startsWith(`${c.id} `)) - COMMANDS.findIndex((c) => b.startsWith(`${c.id} `));

describe('the app’s keys and CodeMirror’s', () => {
  // Each line is a decision: the app's command is worth more in a transcript than CodeMirror's default.
  const decisions = [
    'file.import Mod-i → selectParentSyntax', // a transcript has no syntax tree to select in
    'edit.undo Mod-z → undo', // the same command, run through the app's list (menu, help)
    'edit.redo Mod-Shift-z → redo',
    'edit.find Mod-f → openSearchPanel', // the same command again
    'edit.speaker Mod-Shift-k → deleteLine', // deleting a line deletes a turn: too easy to hit; Backspace still joins
    'nav.nextTurn Alt-ArrowDown → moveLineDown', // moving a line moves a turn's text past other turns' times
    'nav.prevTurn Alt-ArrowUp → moveLineUp',
    'nav.nextHeader Alt-Shift-ArrowDown → copyLineDown', // a copied line is a duplicated turn
    'nav.prevHeader Alt-Shift-ArrowUp → copyLineUp',
  ];

  it('shadow these CodeMirror defaults on Linux and Windows, and no others', () => {
    // Alt+J/K/L is the transport of transcription players; selecting a line has Shift+Home/End.
    expect(shadowed(false)).toEqual([...decisions, 'playback.forward Alt-l → selectLine'].sort(byCommandOrder));
  });

  it('shadow these CodeMirror defaults on macOS, and no others', () => {
    // macOS's Emacs-style ⌃ keys: the transport on the home row is worth more in a transcript, and
    // the arrows (⌘⇧→ then Delete, for ⌃K) do the same.
    expect(shadowed(true)).toEqual([
      ...decisions,
      'time.fromPlayhead Ctrl-t → transposeChars',
      'playback.toggle Ctrl-k → deleteToLineEnd',
      'playback.forward Ctrl-l → selectLine',
      'playback.playTurn Ctrl-p → cursorLineUp',
      'playback.boundary Ctrl-b → cursorCharLeft',
      'playback.follow Ctrl-f → cursorCharRight',
    ].sort(byCommandOrder));
  });

  it('list the editor’s own keys in the help from the keymap', () => {
    expect(editorKeyHelp(false).map((k) => [k.label, k.keys])).toEqual([
      ['Split the paragraph at the cursor (the new one keeps the speaker)', ['Enter']],
      ['At the start of a line: join it to the one above', ['Backspace']],
      ['Find next', ['F3', 'Mod-g']],
      ['Select next occurrence', ['Mod-d']],
      ['Close the find panel', ['Escape']],
    ]);
  });
});
