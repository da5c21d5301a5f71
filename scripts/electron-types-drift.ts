// Checked only by tsconfig.electron.json, against the real electron.d.ts: the hand-written declarations in
// main/electron-types.d.ts must stay a faithful subset of Electron's own. A failure reads "Type 'false' does
// not satisfy the constraint 'true'" at the line of the declaration that drifted.
import type * as Hand from '../main/electron-types.js';
import type * as Real from 'electron';

type Assert<T extends true> = T;
type Extends<A, B> = [A] extends [B] ? true : false;
/** Options: every key declared by hand is a real option (an extra optional key would pass `Extends`). */
type Accepts<H, R> = [H] extends [R] ? ([keyof H] extends [keyof R] ? true : false) : false;

/** What Electron hands to main: the real type has every member declared by hand, with a compatible type. */
export type Given = [
  Assert<Extends<typeof Real.app, Hand.App>>,
  Assert<Extends<typeof Real.ipcMain, Hand.IpcMain>>,
  Assert<Extends<typeof Real.protocol, Hand.Protocol>>,
  Assert<Extends<typeof Real.session, { readonly defaultSession: Hand.Session }>>,
  Assert<Extends<typeof Real.shell, Hand.Shell>>,
  Assert<Extends<typeof Real.contextBridge, Hand.ContextBridge>>,
  Assert<Extends<typeof Real.ipcRenderer, Hand.IpcRenderer>>,
  Assert<Extends<typeof Real.webUtils, Hand.WebUtils>>,
  Assert<Extends<Real.BrowserWindow, Hand.BrowserWindow>>,
  Assert<Extends<typeof Real.Menu.buildFromTemplate, typeof Hand.Menu.buildFromTemplate>>,
  Assert<Extends<typeof Real.Menu.setApplicationMenu, typeof Hand.Menu.setApplicationMenu>>,
  Assert<Extends<Real.WebContents, Hand.WebContents>>,
  Assert<Extends<Real.IpcMainInvokeEvent, Hand.IpcMainInvokeEvent>>,
  Assert<Extends<Real.IpcRendererEvent, Hand.IpcRendererEvent>>,
];

/**
 * The dialogs take a window, which cannot be compared across the two declarations (the real ones take any
 * BaseWindow): the same methods exist, and each answers what the hand-written one says.
 */
type DialogMethod = 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox' | 'showErrorBox';
type Answer<D, M extends DialogMethod> = D extends Record<M, (...args: never[]) => infer R> ? Awaited<R> : never;
export type Dialogs = [
  Assert<Extends<keyof Hand.Dialog, keyof Real.Dialog>>,
  Assert<Extends<Answer<Real.Dialog, 'showOpenDialog'>, Answer<Hand.Dialog, 'showOpenDialog'>>>,
  Assert<Extends<Answer<Real.Dialog, 'showSaveDialog'>, Answer<Hand.Dialog, 'showSaveDialog'>>>,
  Assert<Extends<Answer<Real.Dialog, 'showMessageBox'>, Answer<Hand.Dialog, 'showMessageBox'>>>,
  Assert<Extends<Answer<Real.Dialog, 'showErrorBox'>, Answer<Hand.Dialog, 'showErrorBox'>>>,
];

/** What main hands to Electron: every value the hand-written option types allow, the real ones accept. */
export type Passed = [
  Assert<Accepts<Hand.BrowserWindowConstructorOptions, Real.BrowserWindowConstructorOptions>>,
  Assert<Accepts<Hand.WebPreferences, Real.WebPreferences>>,
  Assert<Accepts<Hand.OpenDialogOptions, Real.OpenDialogOptions>>,
  Assert<Accepts<Hand.SaveDialogOptions, Real.SaveDialogOptions>>,
  Assert<Accepts<Hand.FileFilter, Real.FileFilter>>,
  Assert<Accepts<Hand.MessageBoxOptions, Real.MessageBoxOptions>>,
  Assert<Accepts<Hand.MenuItemConstructorOptions, Real.MenuItemConstructorOptions>>,
  Assert<Accepts<Hand.CustomScheme, Real.CustomScheme>>,
  Assert<Accepts<NonNullable<Hand.CustomScheme['privileges']>, Real.Privileges>>,
];
