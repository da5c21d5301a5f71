/** True on macOS, whose shortcut labels show ⌘⌥⇧ (the keys themselves are matched by CodeMirror and Electron). */
export const IS_MAC = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
