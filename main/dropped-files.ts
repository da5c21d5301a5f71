/**
 * Files dropped on the window: the preload asks Electron where a dropped File lives (webUtils, which
 * answers only for a File the user gave the page, by a drop or a file picker) and tells main on its own
 * channel, which the page cannot reach (it sees only `window.api`). Main grants that path for opening
 * and importing. Type imports only: the sandboxed preload bundles this file and can load no Node module.
 */
import type { IpcMain } from 'electron';
import type { GrantedPaths } from './services/granted-paths.js';

/** The preload's channel for the path of a dropped file; not an operation of the API contract. */
export const DROPPED_FILE_CHANNEL = 'droppedFile';

/**
 * Grants the path of each file the preload reports dropped, from the app's own pages only. The preload
 * sends it before the page's next call, and IPC keeps their order, so that call finds it granted.
 */
export function registerDroppedFiles(ipc: Pick<IpcMain, 'handle'>, granted: GrantedPaths, isTrustedUrl: (url: string) => boolean): void {
  ipc.handle(DROPPED_FILE_CHANNEL, async (event, path) => {
    const url = event.senderFrame?.url ?? '';
    if (!isTrustedUrl(url)) throw new Error(`${DROPPED_FILE_CHANNEL}: refused a call from ${url || 'an unknown frame'}`);
    if (typeof path !== 'string') throw new Error(`${DROPPED_FILE_CHANNEL}: the path must be a string, got ${typeof path}`);
    await granted.grant(path, 'episode', 'raw');
  });
}
