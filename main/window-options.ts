import type { BrowserWindowConstructorOptions } from 'electron';

/** Where the window's preload bundle is, and the window's first title. */
export interface WindowOptionsInput {
  readonly preloadPath: string;
  readonly title?: string;
}

/**
 * The main window's options. The page gets no Node and no Electron: it runs sandboxed, in its own
 * JavaScript world, and reaches main only through the preload's API object.
 */
export function mainWindowOptions({ preloadPath, title = 'Episode Editor' }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title,
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // The transcript checks its own spelling, offline, with the same dictionary in the app and the
      // harness; Chromium's checker would underline twice and download its dictionaries from Google.
      spellcheck: false,
    },
  };
}
