/**
 * The page's only door to main: `window.api`, exactly the operations of the contract in shared/api.ts,
 * `on` for its events, and `pathForFile` for dropped files (which also tells main the user chose them). Nothing of Electron itself is exposed.
 * Built as CommonJS (build/main/preload.cjs), because sandboxed preloads cannot be ES modules.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { Api, ApiEventName, ApiEvents, DroppedFile } from '../shared/api.js';
import { createApiClient } from '../shared/api-client.js';
import { DROPPED_FILE_CHANNEL } from './dropped-files.js';
import { createEventHub } from './event-hub.js';
import { ipcErrorMessage } from './ipc-error.js';

// Made at once, so that a file opened while the page is still starting waits for the page's listener.
const subscribe = createEventHub(ipcRenderer);

const api = {
  ...createApiClient((method, arg) =>
    ipcRenderer.invoke(method, arg).catch((err: unknown) => {
      throw new Error(ipcErrorMessage(err));
    }),
  ),

  on<E extends ApiEventName>(event: E, listener: (...args: ApiEvents[E]) => void): () => void {
    // Main sends each event with the arguments its name declares (see sendEvent in main/ipc.ts).
    return subscribe(event, (...args) => listener(...(args as ApiEvents[E])));
  },

  pathForFile(file: DroppedFile): string {
    // webUtils checks natively that it got a real File and throws otherwise; an `instanceof` test here
    // would compare against this isolated world's File, which is not the page's.
    let path = '';
    try {
      path = webUtils.getPathForFile(file as File);
    } catch {
      return '';
    }
    // A File with a path on disk came from the user (a drop): main grants it before the page's next call.
    if (path) void ipcRenderer.invoke(DROPPED_FILE_CHANNEL, path).catch(() => undefined);
    return path;
  },
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
