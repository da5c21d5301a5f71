/**
 * The part of Electron's API this app uses, declared by hand. Electron is an optional dependency whose
 * binary (and so its package) cannot be installed on every machine; tsconfig maps `electron` here so
 * the type-check is the same with or without it. Signatures follow electron.d.ts (v41); add members as
 * the app starts using them. Where the real electron.d.ts is installed, `npm run typecheck` also checks
 * main/ against it, and these declarations against it (scripts/electron-types-drift.ts).
 */

type Listener<Args extends unknown[]> = (...args: Args) => void;

/** An Electron event that can be cancelled. */
export interface ElectronEvent {
  preventDefault(): void;
}

export interface App {
  readonly isPackaged: boolean;
  requestSingleInstanceLock(): boolean;
  quit(): void;
  whenReady(): Promise<void>;
  getAppPath(): string;
  getPath(name: 'userData' | 'documents' | 'home' | 'temp'): string;
  on(event: 'second-instance', listener: Listener<[event: ElectronEvent, argv: string[], workingDirectory: string]>): this;
  on(event: 'open-file', listener: Listener<[event: ElectronEvent, path: string]>): this;
  on(event: 'window-all-closed', listener: Listener<[]>): this;
  on(event: 'web-contents-created', listener: Listener<[event: ElectronEvent, contents: WebContents]>): this;
}

export interface WebFrameMain {
  readonly url: string;
}

export interface RenderProcessGoneDetails {
  readonly reason: string;
}

export interface HandlerDetails {
  readonly url: string;
}

export type WindowOpenHandlerResponse = { action: 'deny' } | { action: 'allow' };

export interface WebContents {
  send(channel: string, ...args: unknown[]): void;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
  on(event: 'will-navigate', listener: Listener<[event: ElectronEvent, url: string]>): this;
  on(event: 'will-attach-webview', listener: Listener<[event: ElectronEvent]>): this;
  on(event: 'render-process-gone', listener: Listener<[event: ElectronEvent, details: RenderProcessGoneDetails]>): this;
}

export interface WebPreferences {
  preload?: string;
  contextIsolation?: boolean;
  sandbox?: boolean;
  nodeIntegration?: boolean;
  nodeIntegrationInWorker?: boolean;
  nodeIntegrationInSubFrames?: boolean;
  webSecurity?: boolean;
  allowRunningInsecureContent?: boolean;
  webviewTag?: boolean;
  spellcheck?: boolean;
}

export interface BrowserWindowConstructorOptions {
  width?: number;
  height?: number;
  minWidth?: number;
  minHeight?: number;
  show?: boolean;
  title?: string;
  backgroundColor?: string;
  webPreferences?: WebPreferences;
}

export declare class BrowserWindow {
  constructor(options?: BrowserWindowConstructorOptions);
  readonly webContents: WebContents;
  loadURL(url: string): Promise<void>;
  setTitle(title: string): void;
  setDocumentEdited(edited: boolean): void;
  close(): void;
  show(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  on(event: 'close', listener: Listener<[event: ElectronEvent]>): this;
  on(event: 'closed', listener: Listener<[]>): this;
  on(event: 'page-title-updated', listener: Listener<[event: ElectronEvent, title: string]>): this;
  once(event: 'ready-to-show', listener: Listener<[]>): this;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OpenDialogOptions {
  title?: string;
  defaultPath?: string;
  filters?: FileFilter[];
  properties?: Array<'openFile' | 'openDirectory' | 'multiSelections' | 'showHiddenFiles'>;
}

export interface SaveDialogOptions {
  title?: string;
  defaultPath?: string;
  filters?: FileFilter[];
  properties?: Array<'showOverwriteConfirmation' | 'createDirectory' | 'showHiddenFiles'>;
}

export interface MessageBoxOptions {
  message: string;
  type?: 'none' | 'info' | 'error' | 'question' | 'warning';
  buttons?: string[];
  defaultId?: number;
  cancelId?: number;
  title?: string;
  detail?: string;
  noLink?: boolean;
}

export interface Dialog {
  showOpenDialog(window: BrowserWindow, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(window: BrowserWindow, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath: string }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath: string }>;
  showMessageBox(window: BrowserWindow, options: MessageBoxOptions): Promise<{ response: number }>;
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
  showErrorBox(title: string, content: string): void;
}

export interface IpcMainInvokeEvent {
  readonly senderFrame: WebFrameMain | null;
}

export interface IpcMain {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown> | unknown): void;
}

export type MenuRole =
  | 'appMenu' | 'quit' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'toggleDevTools' | 'resetZoom'
  | 'zoomIn' | 'zoomOut' | 'togglefullscreen' | 'about' | 'windowMenu';

export interface MenuItemConstructorOptions {
  id?: string;
  label?: string;
  type?: 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio';
  role?: MenuRole;
  accelerator?: string;
  enabled?: boolean;
  click?: () => void;
  submenu?: MenuItemConstructorOptions[];
}

export declare class Menu {
  static buildFromTemplate(template: MenuItemConstructorOptions[]): Menu;
  static setApplicationMenu(menu: Menu | null): void;
}

export interface CustomScheme {
  scheme: string;
  privileges?: { standard?: boolean; secure?: boolean; supportFetchAPI?: boolean; corsEnabled?: boolean; stream?: boolean };
}

export interface Protocol {
  registerSchemesAsPrivileged(customSchemes: CustomScheme[]): void;
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

export interface OnHeadersReceivedListenerDetails {
  readonly url: string;
  readonly responseHeaders?: Record<string, string[]>;
}

export interface WebRequest {
  onHeadersReceived(
    listener: (details: OnHeadersReceivedListenerDetails, callback: (response: { responseHeaders?: Record<string, string[] | string> }) => void) => void,
  ): void;
}

export interface Session {
  readonly webRequest: WebRequest;
  setPermissionRequestHandler(handler: (webContents: WebContents, permission: string, callback: (granted: boolean) => void) => void): void;
}

export interface Shell {
  openExternal(url: string): Promise<void>;
}

export interface IpcRendererEvent {
  readonly sender: unknown;
}

export interface IpcRenderer {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): this;
  removeListener(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): this;
}

export interface ContextBridge {
  exposeInMainWorld(apiKey: string, api: unknown): void;
}

export interface WebUtils {
  getPathForFile(file: File): string;
}

export declare const app: App;
export declare const dialog: Dialog;
export declare const ipcMain: IpcMain;
export declare const protocol: Protocol;
export declare const session: { readonly defaultSession: Session };
export declare const shell: Shell;
export declare const contextBridge: ContextBridge;
export declare const ipcRenderer: IpcRenderer;
export declare const webUtils: WebUtils;

declare global {
  namespace NodeJS {
    interface Process {
      /** Set by Electron when the app runs as `electron <folder>` rather than installed. */
      readonly defaultApp?: boolean;
    }
  }
}
