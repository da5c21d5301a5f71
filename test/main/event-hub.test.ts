import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createEventHub } from '../../main/event-hub.js';

/** An ipcRenderer-like source: main's sends arrive as (sender, ...args). */
function source() {
  const emitter = new EventEmitter();
  return { emitter, send: (event: string, ...args: unknown[]) => emitter.emit(event, { sender: 'main' }, ...args) };
}

describe('main’s events in the page', () => {
  it('holds a file opened before the page listens, and gives it to the first listener, in order', () => {
    const { emitter, send } = source();
    const on = createEventHub(emitter);
    send('fileOpened', { path: '/a.md' });
    send('command', 'file.save');
    send('fileOpened', { path: '/b.md' });
    const opened: unknown[] = [];
    on('fileOpened', (file) => opened.push(file));
    expect(opened).toEqual([{ path: '/a.md' }, { path: '/b.md' }]);
    const commands: unknown[] = [];
    on('command', (id) => commands.push(id));
    expect(commands).toEqual(['file.save']);
    // Once given out, held events are not given again; later ones go straight to the listeners.
    const second: unknown[] = [];
    on('fileOpened', (file) => second.push(file));
    send('fileOpened', { path: '/c.md' });
    expect(second).toEqual([{ path: '/c.md' }]);
    expect(opened).toEqual([{ path: '/a.md' }, { path: '/b.md' }, { path: '/c.md' }]);
  });

  it('holds nothing while someone listens, holds again once all have left, and never holds progress', () => {
    const { emitter, send } = source();
    const on = createEventHub(emitter);
    const heard: unknown[] = [];
    const off = on('fileOpened', (file) => heard.push(file));
    send('fileOpened', 1);
    off();
    send('fileOpened', 2);
    send('peaksProgress', { fraction: 0.5 });
    expect(heard).toEqual([1]);
    const late: unknown[] = [];
    on('fileOpened', (file) => late.push(file));
    on('peaksProgress', (p) => late.push(p));
    expect(late).toEqual([2]);
  });
});
