import type { IpcMain } from 'electron';
import { API_METHODS, type ApiEventName, type ApiEvents } from '../shared/api.js';
import type { CheckedApiHandlers } from './services/api-handlers.js';

/**
 * Registers every operation of the contract on its own channel (the operation's name). Calls from any
 * frame but the app's own pages are refused: a page that somehow navigated elsewhere gets no file access.
 */
export function registerApi(ipc: Pick<IpcMain, 'handle'>, handlers: CheckedApiHandlers, isTrustedUrl: (url: string) => boolean): void {
  for (const method of API_METHODS) {
    ipc.handle(method, async (event, arg) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedUrl(url)) throw new Error(`${method}: refused a call from ${url || 'an unknown frame'}`);
      return handlers[method](arg);
    });
  }
}

/** Anything that can receive an event: a BrowserWindow's web contents. */
export interface EventTarget {
  readonly webContents: { send(channel: string, ...args: unknown[]): void };
}

/** Sends an event of the contract to a window, its arguments typed by the event's name. */
export function sendEvent<E extends ApiEventName>(target: EventTarget, event: E, ...args: ApiEvents[E]): void {
  target.webContents.send(event, ...args);
}
