import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { API_METHODS } from '../../shared/api.js';
import { ipcErrorMessage } from '../../main/ipc-error.js';
import { registerApi, sendEvent } from '../../main/ipc.js';
import { isAppUrl } from '../../main/navigation.js';
import type { CheckedApiHandlers } from '../../main/services/api-handlers.js';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** Records what registerApi registers, in place of ipcMain. */
function fakeIpc() {
  const channels = new Map<string, Listener>();
  return { channels, ipc: { handle: (channel: string, listener: Listener) => void channels.set(channel, listener) } };
}

/** Handlers that echo the operation and argument they got. */
const echo = Object.fromEntries(API_METHODS.map((m) => [m, async (arg?: unknown) => ({ m, arg })])) as unknown as CheckedApiHandlers;

describe('IPC', () => {
  it('registers one channel per operation, named as the operation, passing the argument', async () => {
    const { channels, ipc } = fakeIpc();
    registerApi(ipc, echo, isAppUrl);
    expect([...channels.keys()]).toEqual([...API_METHODS]);
    const event = { senderFrame: { url: 'app://renderer/index.html' } };
    expect(await channels.get('openEpisode')!(event, { path: '/a.md' })).toEqual({ m: 'openEpisode', arg: { path: '/a.md' } });
  });

  it('refuses calls from any page but the app’s own', async () => {
    const { channels, ipc } = fakeIpc();
    registerApi(ipc, echo, isAppUrl);
    const call = channels.get('saveEpisode')!;
    await expect(call({ senderFrame: { url: 'https://evil.example/' } }, {})).rejects.toThrow('saveEpisode: refused a call from https://evil.example/');
    await expect(call({ senderFrame: null }, {})).rejects.toThrow('refused a call from an unknown frame');
  });

  it('sends events with their name as the channel', () => {
    const sent: unknown[][] = [];
    sendEvent({ webContents: { send: (...args: unknown[]) => void sent.push(args) } }, 'command', 'file.save');
    expect(sent).toEqual([['command', 'file.save']]);
  });

  it('unwraps Electron’s wording around a handler’s error', () => {
    expect(ipcErrorMessage(new Error("Error invoking remote method 'saveEpisode': Error: Not saved: a.md:3:4: bad"))).toBe('Not saved: a.md:3:4: bad');
    expect(ipcErrorMessage(new Error("Error invoking remote method 'x': TypeError: nope"))).toBe('nope');
    expect(ipcErrorMessage(new Error('plain'))).toBe('plain');
    expect(ipcErrorMessage('text')).toBe('text');
  });
});
