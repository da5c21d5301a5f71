// A stand-in for the `electron` module whose every call does nothing, and app.whenReady() never resolves
// (so no window is made): enough for the packaged main process to load and run its top level.
import { tmpdir } from 'node:os';

const noop = new Proxy(function stub() {}, {
  get: (_target, key) => (key === 'then' ? undefined : noop),
  apply: () => noop,
  construct: () => noop,
});
const answers = { getAppPath: tmpdir, getPath: tmpdir, requestSingleInstanceLock: () => true, whenReady: () => new Promise(() => {}), isPackaged: true };

export const app = new Proxy(answers, { get: (target, key) => (key in target ? target[key] : key === 'then' ? undefined : noop) });
export const BrowserWindow = noop;
export const Menu = noop;
export const dialog = noop;
export const ipcMain = noop;
export const protocol = noop;
export const session = noop;
export const shell = noop;
export const contextBridge = noop;
export const ipcRenderer = noop;
export const webUtils = noop;
export default { app, BrowserWindow, Menu, dialog, ipcMain, protocol, session, shell, contextBridge, ipcRenderer, webUtils };
