/**
 * The Electron main process: one window, its menu, and the API contract over IPC. Everything that can
 * be decided without Electron lives in small pure modules beside this one (window options, menu
 * template, close guard, navigation rules) and in main/services; this file only wires them to Electron.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type WebContents } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandId } from '../shared/commands.js';
import { errorMessage } from '../shared/errors.js';
import { CloseGuard } from './close-guard.js';
import { episodePathFromArgv } from './command-line.js';
import { CONTENT_SECURITY_POLICY, RENDERER_HEADERS } from './csp.js';
import { registerDroppedFiles } from './dropped-files.js';
import { createElectronDialogs } from './electron-dialogs.js';
import { registerApi, sendEvent } from './ipc.js';
import { MEDIA_PRIVILEGES, MEDIA_SCHEME, mediaUrl, serveMediaRequest } from './media-protocol.js';
import { buildMenuTemplate } from './menu-template.js';
import { APP_ORIGIN, APP_SCHEME, APP_START_URL, externalLinkTarget, isAppUrl } from './navigation.js';
import { createApiHandlers, type CheckedApiHandlers, type Dialogs } from './services/api-handlers.js';
import { AudioRecognition } from './services/recognition.js';
import { openAudio } from './services/audio.js';
import { EpisodeWatcher } from './services/episode-watcher.js';
import { EstimatedTimes } from './services/estimated-times.js';
import { GrantedPaths } from './services/granted-paths.js';
import { RecoveryStore } from './services/recovery.js';
import { RecentFiles } from './services/recent-files.js';
import { SettingsStore } from './services/settings.js';
import { readStaticFile } from './services/static-files.js';
import { windowTitle } from '../shared/window-title.js';
import { mainWindowOptions } from './window-options.js';

// Before anything asynchronous: scheme privileges can only be set before the app is ready. A standard,
// secure scheme gives the renderer a real origin for 'self' in the CSP, instead of file://. The media
// scheme serves the episode's audio with Range support (see media-protocol.ts).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  { scheme: MEDIA_SCHEME, privileges: MEDIA_PRIVILEGES },
]);

const APP_ROOT = app.getAppPath();
const RENDERER_DIR = join(APP_ROOT, 'build/renderer');
const PRELOAD = join(APP_ROOT, 'build/main/preload.cjs');
// The packaged app unpacks the sample (asarUnpack in electron-builder.yml): ffmpeg, a separate process,
// cannot read its audio from inside app.asar.
const UNPACKED_ROOT = `${APP_ROOT}.unpacked`;
const SAMPLE = join(existsSync(join(UNPACKED_ROOT, 'assets/sample')) ? UNPACKED_ROOT : APP_ROOT, 'assets/sample/sample-episode.md');

let mainWindow: BrowserWindow | null = null;
let guard = new CloseGuard();
/** The file to show when the window asks for its first episode (command line, or macOS "open with"). */
let initialPath = episodePathFromArgv(process.argv, { defaultApp: process.defaultApp === true, cwd: process.cwd() });

if (!app.requestSingleInstanceLock()) {
  // Another instance is running; it receives our arguments through 'second-instance'.
  app.quit();
} else {
  // macOS delivers files opened from Finder this way, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (mainWindow) void openInWindow(path);
    else initialPath = path;
  });
  // One document window: when it is gone, so is the app (on macOS too, which keeps this simple).
  app.on('window-all-closed', () => app.quit());
  app.on('web-contents-created', (_event, contents) => harden(contents));
  // Registered before anything asynchronous: a file handed over while the app starts is not lost.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    const path = episodePathFromArgv(argv, { defaultApp: process.defaultApp === true, cwd: workingDirectory });
    if (path) void openInWindow(path);
  });
  app.whenReady().then(start, fail);
}

let handlers: CheckedApiHandlers | null = null;
/** The files the user chose in this run: the only ones the page may name. */
const granted = new GrantedPaths();

async function start(): Promise<void> {
  const recent = await RecentFiles.open(app.getPath('userData'));
  const audio = await openAudio({
    userDataDir: app.getPath('userData'),
    mediaUrl,
    allowOrigin: APP_ORIGIN,
    onPeaksProgress: (audioPath, fraction) => {
      if (mainWindow) sendEvent(mainWindow, 'peaksProgress', { audioPath, fraction });
    },
  });
  const api = createApiHandlers({
    dialogs: withAnswersSeen(createElectronDialogs(() => mainWindow, app.getPath('documents'))),
    recent,
    settings: await SettingsStore.open(app.getPath('userData')),
    estimated: await EstimatedTimes.open(app.getPath('userData')),
    recovery: RecoveryStore.in(app.getPath('userData')),
    samplePath: SAMPLE,
    get initialPath() {
      return initialPath;
    },
    onDocumentState: showDocumentState,
    recognition,
    audio,
    granted,
    watcher: new EpisodeWatcher((file) => mainWindow && sendEvent(mainWindow, 'episodeChangedOnDisk', file)),
  });
  handlers = api;
  registerApi(ipcMain, api, isAppUrl);
  registerDroppedFiles(ipcMain, granted, isAppUrl);
  protocol.handle(APP_SCHEME, serveRenderer);
  protocol.handle(MEDIA_SCHEME, (request) => serveMediaRequest(audio.media, request));
  secureSession();

  const setMenu = () => {
    const template = buildMenuTemplate(
      { recent: recent.list(), platform: process.platform, dev: !app.isPackaged },
      { command: runCommand, openRecent: (path) => void openInWindow(path), clearRecent: () => void recent.clear() },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  recent.onChange(setMenu);
  setMenu();

  openWindow();
}

/** Speech recognition for Align to Audio; its run ends when the page that asked for it goes. */
const recognition = new AudioRecognition((fraction) => {
  if (mainWindow) sendEvent(mainWindow, 'recognitionProgress', { fraction });
});

function openWindow(): void {
  guard = new CloseGuard();
  const win = new BrowserWindow(mainWindowOptions({ preloadPath: PRELOAD }));
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  // The page's <title> would overwrite the document title that main keeps.
  win.on('page-title-updated', (event) => event.preventDefault());
  // See close-guard.ts for the whole close-with-unsaved-changes exchange.
  win.on('close', (event) => {
    const decision = guard.requestClose();
    if (decision === 'close') return;
    event.preventDefault();
    sendEvent(win, 'command', 'file.close');
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
    recognition.cancel();
  });
  win.webContents.on('render-process-gone', () => {
    guard.rendererCrashed();
    recognition.cancel();
  });
  win.loadURL(APP_START_URL).catch(fail);
}

/** A menu command: File > Close goes through the close guard; every other one goes to the renderer. */
function runCommand(id: CommandId): void {
  if (!mainWindow) return;
  if (id === 'file.close') mainWindow.close();
  else sendEvent(mainWindow, 'command', id);
}

/** The renderer's report of its document: window title, macOS's edited dot, and the answer to a pending close. */
function showDocumentState(title: string, dirty: boolean): void {
  if (!mainWindow) return;
  mainWindow.setTitle(windowTitle(title, dirty));
  mainWindow.setDocumentEdited(dirty);
  if (guard.documentState(dirty)) mainWindow.close();
}

/** The dialogs, telling the close guard how the user answered a Save / Don't Save / Cancel question. */
function withAnswersSeen(dialogs: Dialogs): Dialogs {
  return {
    ...dialogs,
    confirmDiscard: async (name) => {
      const answer = await dialogs.confirmDiscard(name);
      guard.confirmAnswered(answer);
      return answer;
    },
  };
}

/** Opens a file main was handed (Open Recent, second instance, Finder) and gives it to the renderer, which asks about unsaved changes. */
async function openInWindow(path: string): Promise<void> {
  if (!mainWindow || !handlers) {
    initialPath = path;
    return;
  }
  try {
    // Each of these comes from the user outside the page: Open Recent, a second instance, Finder.
    await granted.grant(path, 'episode');
    const file = await handlers.openEpisode({ path });
    if (file && mainWindow) sendEvent(mainWindow, 'fileOpened', file);
  } catch (err) {
    dialog.showErrorBox('Cannot open the episode', errorMessage(err));
  }
}

/** Serves build/renderer at app://renderer/, each file with the CSP header. */
async function serveRenderer(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const file = url.host === 'renderer' ? await readStaticFile(RENDERER_DIR, url.pathname) : null;
  if (!file) return new Response('Not found', { status: 404, headers: RENDERER_HEADERS });
  return new Response(new Uint8Array(file.body), { headers: { ...RENDERER_HEADERS, 'Content-Type': file.contentType } });
}

/** The session's rules: the CSP on every response whatever served it, and no permission ever granted (the app needs none). */
function secureSession(): void {
  const ses = session.defaultSession;
  ses.webRequest.onHeadersReceived((details, callback) => {
    const kept = Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
    callback({ responseHeaders: { ...Object.fromEntries(kept), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}

/** Every page stays on the app's own URL: no navigation, no new windows, no webviews; web links open in the browser. */
function harden(contents: WebContents): void {
  const openOutside = (url: string) => {
    const target = externalLinkTarget(url);
    if (target) void shell.openExternal(target);
  };
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openOutside(url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function fail(err: unknown): void {
  dialog.showErrorBox('Episode Editor could not start', err instanceof Error ? (err.stack ?? err.message) : String(err));
  app.quit();
}
