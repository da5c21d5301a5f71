/**
 * Every user command, listed once: the application menu, the keyboard shortcuts and the help overlay
 * are all built from this list. The renderer supplies what each id does.
 */

/** The top-level menu a command appears under. */
export type MenuName = 'File' | 'Edit' | 'Speakers' | 'View' | 'Playback' | 'Help';

/** A command's identity, place and shortcut. */
export interface CommandSpec {
  readonly id: string;
  /** Menu label; `…` marks a command that asks for more. */
  readonly label: string;
  readonly menu: MenuName;
  /** Shortcut in CodeMirror's notation (`Mod-Shift-s`, `Alt-ArrowDown`), where there is one. */
  readonly key?: string;
  /** The shortcut on macOS, where it differs: there Option+letter types a character (⌥K is "˚"), so those keys use ⌃ or ⌘. */
  readonly mac?: string;
  /** A click on the text that runs it too, in the same notation (`Mod-Click`: Ctrl+click, ⌘+click on a Mac), shown in the help. */
  readonly click?: string;
  /** Carried out by main (it closes the window): the page leaves its key to the menu. */
  readonly main?: boolean;
  /** Starts a new group in its menu. */
  readonly separatorBefore?: boolean;
}

const COMMAND_TABLE = [
  { id: 'file.new', label: 'New Episode', menu: 'File', key: 'Mod-n' },
  { id: 'file.open', label: 'Open Episode…', menu: 'File', key: 'Mod-o' },
  { id: 'file.openAudio', label: 'Open Audio…', menu: 'File' },
  { id: 'file.import', label: 'Import Raw Transcript…', menu: 'File', key: 'Mod-i' },
  { id: 'file.save', label: 'Save', menu: 'File', key: 'Mod-s', separatorBefore: true },
  { id: 'file.saveAs', label: 'Save As…', menu: 'File', key: 'Mod-Shift-s' },
  { id: 'file.export', label: 'Export…', menu: 'File', key: 'Mod-e', separatorBefore: true },
  { id: 'file.exportAgain', label: 'Export Again', menu: 'File', key: 'Mod-Shift-e' },
  { id: 'file.close', label: 'Close', menu: 'File', key: 'Mod-w', main: true, separatorBefore: true },
  { id: 'edit.undo', label: 'Undo', menu: 'Edit', key: 'Mod-z' },
  { id: 'edit.redo', label: 'Redo', menu: 'Edit', key: 'Mod-Shift-z' },
  { id: 'edit.find', label: 'Find', menu: 'Edit', key: 'Mod-f', separatorBefore: true },
  { id: 'edit.replace', label: 'Replace', menu: 'Edit', key: 'Mod-Alt-f' },
  { id: 'edit.speaker', label: 'Change Speaker…', menu: 'Edit', key: 'Mod-Shift-k', separatorBefore: true },
  { id: 'edit.time', label: 'Edit Time…', menu: 'Edit', key: 'Mod-Shift-t' },
  { id: 'time.fromPlayhead', label: 'Set Time from Playhead', menu: 'Edit', key: 'Alt-t', mac: 'Ctrl-t' },
  { id: 'time.nudgeBack', label: 'Nudge Time Back 1 Second', menu: 'Edit', key: 'Alt-,', mac: 'Ctrl-,' },
  { id: 'time.nudgeForward', label: 'Nudge Time Forward 1 Second', menu: 'Edit', key: 'Alt-.', mac: 'Ctrl-.' },
  { id: 'time.shiftFromHere', label: 'Shift Times from Here…', menu: 'Edit', key: 'Alt-Shift-t', mac: 'Ctrl-Shift-t' },
  { id: 'time.alignToCaptions', label: 'Align to Captions…', menu: 'Edit' },
  { id: 'time.alignToAudio', label: 'Align to Audio…', menu: 'Edit' },
  { id: 'time.confirm', label: 'Confirm Estimated Time', menu: 'Edit', key: 'Alt-c', mac: 'Ctrl-c' },
  { id: 'edit.header', label: 'Insert Section Header Above', menu: 'Edit', key: 'Mod-Shift-h' },
  { id: 'edit.duration', label: 'Update Duration from Times', menu: 'Edit' },
  { id: 'speaker.1', label: 'Assign Speaker 1', menu: 'Speakers', key: 'Alt-1', mac: 'Mod-1' },
  { id: 'speaker.2', label: 'Assign Speaker 2', menu: 'Speakers', key: 'Alt-2', mac: 'Mod-2' },
  { id: 'speaker.3', label: 'Assign Speaker 3', menu: 'Speakers', key: 'Alt-3', mac: 'Mod-3' },
  { id: 'speaker.4', label: 'Assign Speaker 4', menu: 'Speakers', key: 'Alt-4', mac: 'Mod-4' },
  { id: 'speaker.5', label: 'Assign Speaker 5', menu: 'Speakers', key: 'Alt-5', mac: 'Mod-5' },
  { id: 'speaker.6', label: 'Assign Speaker 6', menu: 'Speakers', key: 'Alt-6', mac: 'Mod-6' },
  { id: 'speaker.7', label: 'Assign Speaker 7', menu: 'Speakers', key: 'Alt-7', mac: 'Mod-7' },
  { id: 'speaker.8', label: 'Assign Speaker 8', menu: 'Speakers', key: 'Alt-8', mac: 'Mod-8' },
  { id: 'speaker.9', label: 'Assign Speaker 9', menu: 'Speakers', key: 'Alt-9', mac: 'Mod-9' },
  { id: 'speaker.alternate', label: 'Other Speaker of the Last Two', menu: 'Speakers', key: 'Alt-s', mac: 'Ctrl-s', separatorBefore: true },
  { id: 'speaker.split', label: 'Split Turn at Cursor', menu: 'Speakers', key: 'Alt-Enter' },
  { id: 'speaker.merge', label: 'Merge with Previous Turn', menu: 'Speakers', key: 'Alt-m', mac: 'Ctrl-m' },
  { id: 'speaker.splitAtPlayhead', label: 'Split at Playhead for the Other Speaker', menu: 'Speakers', key: 'Alt-Shift-Enter' },
  { id: 'speaker.rename', label: 'Rename Speaker Everywhere…', menu: 'Speakers', key: 'Mod-Shift-r', separatorBefore: true },
  { id: 'speaker.fixNames', label: 'Fix Suspicious Speaker Names', menu: 'Speakers' },
  { id: 'speaker.host', label: 'Set Host Name…', menu: 'Speakers' },
  { id: 'speaker.advance', label: 'Move to Next Turn After Assigning', menu: 'Speakers' },
  { id: 'nav.nextTurn', label: 'Next Turn', menu: 'View', key: 'Alt-ArrowDown' },
  { id: 'nav.prevTurn', label: 'Previous Turn', menu: 'View', key: 'Alt-ArrowUp' },
  { id: 'nav.nextHeader', label: 'Next Section', menu: 'View', key: 'Alt-Shift-ArrowDown' },
  { id: 'nav.prevHeader', label: 'Previous Section', menu: 'View', key: 'Alt-Shift-ArrowUp' },
  { id: 'nav.nextProblem', label: 'Next Problem', menu: 'View', key: 'F8', separatorBefore: true },
  { id: 'nav.prevProblem', label: 'Previous Problem', menu: 'View', key: 'Shift-F8' },
  { id: 'view.problems', label: 'Toggle Problems Panel', menu: 'View', key: 'Mod-Shift-m' },
  { id: 'view.spelling', label: 'Check Spelling', menu: 'View' },
  { id: 'view.zoomIn', label: 'Zoom Waveform In', menu: 'View', key: 'Alt-=', mac: 'Ctrl-=', separatorBefore: true },
  { id: 'view.zoomOut', label: 'Zoom Waveform Out', menu: 'View', key: 'Alt--', mac: 'Ctrl--' },
  { id: 'playback.toggle', label: 'Play/Pause', menu: 'Playback', key: 'Alt-k', mac: 'Ctrl-k' },
  { id: 'playback.back', label: 'Back 5 Seconds', menu: 'Playback', key: 'Alt-j', mac: 'Ctrl-j' },
  { id: 'playback.forward', label: 'Forward 5 Seconds', menu: 'Playback', key: 'Alt-l', mac: 'Ctrl-l' },
  { id: 'playback.slower', label: 'Slower', menu: 'Playback', key: 'Alt-[', mac: 'Ctrl-[', separatorBefore: true },
  { id: 'playback.faster', label: 'Faster', menu: 'Playback', key: 'Alt-]', mac: 'Ctrl-]' },
  { id: 'playback.playTurn', label: 'Play From This Turn', menu: 'Playback', key: 'Alt-p', mac: 'Ctrl-p', separatorBefore: true },
  { id: 'playback.fromHere', label: 'Play From Here', menu: 'Playback', click: 'Mod-Click' },
  { id: 'playback.boundary', label: 'Play Around This Turn’s Start', menu: 'Playback', key: 'Alt-b', mac: 'Ctrl-b' },
  { id: 'playback.follow', label: 'Text Follows Playback', menu: 'Playback', key: 'Alt-f', mac: 'Ctrl-f' },
  { id: 'help.shortcuts', label: 'Keyboard Shortcuts', menu: 'Help', key: 'F1' },
] as const satisfies readonly CommandSpec[];

/** The id of a command. */
export type CommandId = (typeof COMMAND_TABLE)[number]['id'];

/** All commands, in menu order. */
export const COMMANDS: readonly (CommandSpec & { readonly id: CommandId })[] = COMMAND_TABLE;

/** The commands of a turn's context menu (right-click), in groups: assign a speaker (those the roster has), split and merge, time and play, header. */
export const TURN_CONTEXT_MENU: readonly (readonly CommandId[])[] = [
  ['speaker.1', 'speaker.2', 'speaker.3', 'speaker.4', 'speaker.5', 'speaker.6', 'speaker.7', 'speaker.8', 'speaker.9'],
  ['speaker.split', 'speaker.merge'],
  ['time.fromPlayhead', 'playback.fromHere'],
  ['edit.header'],
];

/** True for a known command id (for ids arriving over IPC). */
export function isCommandId(id: unknown): id is CommandId {
  return typeof id === 'string' && COMMANDS.some((c) => c.id === id);
}

/** The Electron accelerator for a CodeMirror key (`Mod-Shift-s` → `CmdOrCtrl+Shift+S`). */
export function toAccelerator(key: string): string {
  const names: Record<string, string> = { Mod: 'CmdOrCtrl', ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right' };
  // A key may itself be `-` (`Alt--`), so split only on dashes that are not last, as CodeMirror does.
  return key
    .split(/-(?!$)/)
    .map((part) => names[part] ?? (part.length === 1 ? part.toUpperCase() : part))
    .join('+');
}

/** A key as the help overlay shows it (`Mod-Shift-s` → `Ctrl+Shift+S`, or `⌘⇧S` on a Mac). */
export function displayKey(key: string, mac: boolean): string {
  const accel = toAccelerator(key);
  if (!mac) return accel.replace('CmdOrCtrl', 'Ctrl');
  const symbols: Record<string, string> = { CmdOrCtrl: '⌘', Ctrl: '⌃', Shift: '⇧', Alt: '⌥', Up: '↑', Down: '↓', Left: '←', Right: '→' };
  return accel.split('+').map((p) => symbols[p] ?? p).join('');
}

/** A command's shortcut on one platform (CodeMirror notation), or undefined without one. */
export function commandKey(spec: CommandSpec, mac: boolean): string | undefined {
  return (mac && spec.mac) || spec.key;
}

/** A command's shortcut as menus, tooltips and the help show it (`Ctrl+S`, `⌘S` on a Mac), or undefined without one. */
export function shortcutLabel(id: CommandId, mac: boolean): string | undefined {
  const spec = COMMANDS.find((c) => c.id === id);
  const key = spec && commandKey(spec, mac);
  return key === undefined ? undefined : displayKey(key, mac);
}

/** A tooltip: the command's label (or `text`) followed by its shortcut in parentheses, where it has one. */
export function commandTitle(id: CommandId, mac: boolean, text?: string): string {
  const label = text ?? COMMANDS.find((c) => c.id === id)!.label.replace('…', '');
  const key = shortcutLabel(id, mac);
  return key === undefined ? label : `${label} (${key})`;
}

/** The command that assigns the roster's `n`th speaker (1–9), if there is one. */
export function speakerCommandId(n: number): CommandId | undefined {
  const id = `speaker.${n}`;
  return isCommandId(id) ? id : undefined;
}
