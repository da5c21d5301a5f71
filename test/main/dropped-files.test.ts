import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/api.js';
import { DROPPED_FILE_CHANNEL, registerDroppedFiles } from '../../main/dropped-files.js';
import { isAppUrl } from '../../main/navigation.js';
import { GrantedPaths } from '../../main/services/granted-paths.js';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** The drop channel as registered, in place of ipcMain, over fresh granted paths. */
function registered() {
  const channels = new Map<string, Listener>();
  const granted = new GrantedPaths();
  registerDroppedFiles({ handle: (channel: string, listener: Listener) => void channels.set(channel, listener) }, granted, isAppUrl);
  return { granted, report: channels.get(DROPPED_FILE_CHANNEL)! };
}

const APP_FRAME = { senderFrame: { url: 'app://renderer/index.html' } } as IpcMainInvokeEvent;

describe('a dropped file, as the preload reports it', () => {
  it('is granted for opening and importing, not as audio', async () => {
    const dropped = join(mkdtempSync(join(tmpdir(), 'episode-drop-')), 'talk.srt');
    writeFileSync(dropped, '1\n');
    const { granted, report } = registered();
    await report(APP_FRAME, dropped);
    expect(await granted.allows(dropped, 'raw')).toBe(true);
    expect(await granted.allows(dropped, 'episode')).toBe(true);
    expect(await granted.allows(dropped, 'audio')).toBe(false);
  });

  it('is refused from any page but the app’s own, and must be an absolute path', async () => {
    const { granted, report } = registered();
    await expect(report({ senderFrame: { url: 'https://evil.example/' } } as IpcMainInvokeEvent, '/etc/passwd')).rejects.toThrow('droppedFile: refused a call from https://evil.example/');
    expect(await granted.allows('/etc/passwd', 'raw')).toBe(false);
    await expect(report(APP_FRAME, 'passwd')).rejects.toThrow('passwd: not an absolute path');
    await expect(report(APP_FRAME, 7)).rejects.toThrow('droppedFile: the path must be a string, got number');
  });

  it('has a channel of its own, which is no operation of the API the page calls', () => {
    expect((API_METHODS as readonly string[]).includes(DROPPED_FILE_CHANNEL)).toBe(false);
  });
});
