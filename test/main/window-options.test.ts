import { describe, expect, it } from 'vitest';
import { windowTitle } from '../../shared/window-title.js';
import { mainWindowOptions } from '../../main/window-options.js';

describe('main window options', () => {
  it('isolate the page: sandboxed, no Node, web security on, the preload as the only bridge', () => {
    const { webPreferences } = mainWindowOptions({ preloadPath: '/app/build/main/preload.cjs' });
    expect(webPreferences).toMatchObject({
      preload: '/app/build/main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('open hidden until the first paint', () => {
    expect(mainWindowOptions({ preloadPath: '/p.cjs' }).show).toBe(false);
  });
});

describe('window title', () => {
  it('shows the document name, with a dot while it has unsaved changes', () => {
    expect(windowTitle('episode.md', false)).toBe('episode.md — Episode Editor');
    expect(windowTitle('episode.md', true)).toBe('• episode.md — Episode Editor');
    expect(windowTitle('  ', false)).toBe('Untitled — Episode Editor');
  });
});
