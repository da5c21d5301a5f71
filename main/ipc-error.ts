import { errorMessage } from '../shared/errors.js';

/**
 * The message of an error from `ipcRenderer.invoke`, as main threw it. Electron wraps it as
 * `Error invoking remote method 'saveEpisode': Error: <message>`; the harness gives the bare message,
 * and the renderer should see the same text on both transports.
 */
export function ipcErrorMessage(err: unknown): string {
  const message = errorMessage(err);
  return message.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '');
}
