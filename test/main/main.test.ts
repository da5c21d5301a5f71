import { EventEmitter } from 'node:events';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../main/csp.js';
import { REPO_ROOT, seed } from '../support/paths.js';

// main/main.ts wired to a stand-in for Electron (the binary cannot be installed here): it checks the
// wiring (window options, IPC, app:// protocol, menu, close guard, navigation), not Electron itself.

type Handler = (event: { senderFrame: { url: string } | null }, arg?: unknown) => Promise<unknown>;
type Cancellable = { preventDefault(): void; prevented?: boolean };

const fake = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  protocols: new Map<string, (request: Request) => Promise<Response>>(),
  menus: [] as MenuItemConstructorOptions[][],
  windows: [] as FakeWindow[],
  opened: [] as string[],
  userData: '',
}));

interface FakeWindow extends EventEmitter {
  url: string;
  title: string;
  closed: boolean;
  close(): void;
  options: { webPreferences: Record<string, unknown> };
  webContents: EventEmitter & { sent: unknown[][]; openHandler: (details: { url: string }) => unknown };
}

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    requestSingleInstanceLock: () => true,
    quit: () => undefined,
    whenReady: () => Promise.resolve(),
    getAppPath: () => REPO_ROOT,
    getPath: (name: string) => join(fake.userData, name),
  });
  class BrowserWindow extends Emitter {
    url = '';
    title = '';
    closed = false;
    webContents = Object.assign(new Emitter(), {
      sent: [] as unknown[][],
      openHandler: (_details: { url: string }): unknown => undefined,
      send(...args: unknown[]) {
        this.sent.push(args);
      },
      setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
        this.openHandler = handler;
      },
    });
    constructor(readonly options: unknown) {
      super();
      fake.windows.push(this as unknown as FakeWindow);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    setTitle(title: string) {
      this.title = title;
    }
    setDocumentEdited() {}
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false;
    }
    close() {
      const event: Cancellable = { preventDefault: () => (event.prevented = true) };
      this.emit('close', event);
      if (!event.prevented) {
        this.closed = true;
        this.emit('closed');
      }
    }
  }
  return {
    app,
    BrowserWindow,
    dialog: { showErrorBox: () => undefined },
    ipcMain: { handle: (channel: string, handler: Handler) => fake.handlers.set(channel, handler) },
    Menu: { buildFromTemplate: (template: MenuItemConstructorOptions[]) => template, setApplicationMenu: (menu: MenuItemConstructorOptions[]) => fake.menus.push(menu) },
    protocol: { registerSchemesAsPrivileged: () => undefined, handle: (scheme: string, handler: (r: Request) => Promise<Response>) => fake.protocols.set(scheme, handler) },
    session: { defaultSession: { webRequest: { onHeadersReceived: () => undefined }, setPermissionRequestHandler: () => undefined } },
    shell: { openExternal: async (url: string) => void fake.opened.push(url) },
  };
});

const fromApp = { senderFrame: { url: 'app://renderer/index.html' } };
let win: FakeWindow;
/** Whether main listened for a second instance as soon as it loaded, before anything asynchronous. */
let secondInstanceHeardAtImport = false;

const originalArgv = process.argv;
afterAll(() => {
  process.argv = originalArgv;
});

beforeAll(async () => {
  fake.userData = mkdtempSync(join(tmpdir(), 'episode-main-'));
  process.argv = ['/x/electron', '.', seed('000')];
  Object.assign(process, { defaultApp: true });
  await import('../../main/main.js');
  const { app } = (await import('electron')) as unknown as { app: EventEmitter };
  secondInstanceHeardAtImport = app.listenerCount('second-instance') === 1;
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  win = fake.windows[0]!;
});

describe('the Electron main process, wired', () => {
  it('opens one secure window on the app:// page', () => {
    expect(win.url).toBe('app://renderer/index.html');
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: join(REPO_ROOT, 'build/main/preload.cjs') });
  });

  it('answers every operation over IPC, the command-line file first, and only to the app’s pages', async () => {
    const file = (await fake.handlers.get('initialEpisode')!(fromApp)) as { path: string };
    expect(file.path).toBe(seed('000'));
    await expect(fake.handlers.get('recentFiles')!({ senderFrame: { url: 'https://evil.example/' } })).rejects.toThrow('refused');
  });

  it('serves the renderer at app://renderer with the CSP header', async () => {
    const serve = fake.protocols.get('app')!;
    const missing = await serve(new Request('app://renderer/no-such-file.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves the episode’s audio at episode-media://audio/<token>, with ranges, and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'episode-main-audio-'));
    const episode = join(dir, 'talk.md');
    copyFileSync(seed('000'), episode);
    writeFileSync(join(dir, 'talk.ogg'), 'OggS and more bytes');
    // The page may name only an episode the user opened (here, dropped on the window).
    await expect(fake.handlers.get('audioForEpisode')!(fromApp, { episodePath: episode })).rejects.toThrow(`audioForEpisode: refused ${episode}: not a file you chose`);
    await fake.handlers.get('droppedFile')!(fromApp, episode);
    const audio = (await fake.handlers.get('audioForEpisode')!(fromApp, { episodePath: episode })) as { url: string; source: string };
    expect(audio).toMatchObject({ url: expect.stringMatching(/^episode-media:\/\/audio\/[0-9a-f]{32}$/), source: 'beside' });
    const serve = fake.protocols.get('episode-media')!;
    const part = await serve(new Request(audio.url, { headers: { Range: 'bytes=0-3' } }));
    expect([part.status, part.headers.get('content-range'), await part.text()]).toEqual([206, 'bytes 0-3/19', 'OggS']);
    expect((await serve(new Request('episode-media://audio/someone-else'))).status).toBe(404);
  });

  it('reads a file the preload reports dropped, and refuses one it did not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'episode-main-drop-'));
    const dropped = join(dir, 'captions.srt');
    writeFileSync(dropped, '1\n00:00:01,000 --> 00:00:02,000\nHi\n');
    const read = fake.handlers.get('openRawTranscript')!;
    await expect(read(fromApp, { path: dropped })).rejects.toThrow(`openRawTranscript: refused ${dropped}`);
    await fake.handlers.get('droppedFile')!(fromApp, dropped);
    await expect(read(fromApp, { path: dropped })).resolves.toMatchObject({ path: dropped, text: readFileSync(dropped, 'utf8') });
    await expect(fake.handlers.get('droppedFile')!({ senderFrame: { url: 'https://evil.example/' } }, '/etc/passwd')).rejects.toThrow('refused');
  });

  it('builds the menu, and rebuilds Open Recent after a file is opened', () => {
    const file = fake.menus.at(-1)![0]!.submenu!;
    const recent = file.find((item) => item.id === 'file.openRecent')!.submenu!;
    expect(recent[0]!.label).toBe(seed('000'));
  });

  it('opens a file given to a second instance, listening from the start so that none is lost while it starts', async () => {
    expect(secondInstanceHeardAtImport).toBe(true);
    const { app } = (await import('electron')) as unknown as { app: EventEmitter };
    const dir = mkdtempSync(join(tmpdir(), 'episode-main-second-'));
    copyFileSync(seed('000'), join(dir, 'other.md'));
    app.emit('second-instance', {}, ['/x/electron', '.', 'file://' + join(dir, 'other.md')], '/');
    await vi.waitFor(() => expect(win.webContents.sent.at(-1)?.[0]).toBe('fileOpened'));
    expect(win.webContents.sent.at(-1)![1]).toMatchObject({ path: join(dir, 'other.md') });
  });

  it('keeps a window with unsaved changes open until the renderer answers clean, closing from the menu’s Close (its key too)', async () => {
    const setState = fake.handlers.get('setDocumentState')!;
    await setState(fromApp, { title: 'episode.md', dirty: true });
    expect(win.title).toBe('• episode.md — Episode Editor');
    const close = fake.menus.at(-1)!.flatMap((menu) => menu.submenu ?? []).find((item) => item.id === 'file.close')!;
    expect(close.accelerator).toBe('CmdOrCtrl+W');
    (close.click as () => void)();
    expect(win.closed).toBe(false);
    expect(win.webContents.sent.at(-1)).toEqual(['command', 'file.close']);
    await setState(fromApp, { title: 'episode.md', dirty: true });
    expect(win.closed).toBe(false);
    win.close();
    await setState(fromApp, { title: 'episode.md', dirty: false });
    expect(win.closed).toBe(true);
  });

  it('denies navigation and new windows, handing web links to the browser', () => {
    const event: Cancellable = { preventDefault: () => (event.prevented = true) };
    win.webContents.emit('will-navigate', event, 'https://datatalks.club/');
    expect(event.prevented).toBe(true);
    expect(win.webContents.openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.opened).toEqual(['https://datatalks.club/']);
  });
});
