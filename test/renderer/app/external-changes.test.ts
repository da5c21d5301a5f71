import { readFileSync, writeFileSync } from 'node:fs';
import { undo } from '@codemirror/commands';
import { describe, expect, it } from 'vitest';
import { ExternalChanges } from '../../../renderer/src/app/external-changes.js';
import type { HeadlessTranscript } from '../../../renderer/src/editor/transcript-host.js';
import { changedLines } from '../../support/diff.js';
import { openSeedSession } from '../support/seed-session.js';

/** Types at the end of an item's line, as one transaction. */
function typeAtEnd(editor: HeadlessTranscript, index: number, text: string) {
  editor.dispatch({ changes: { from: editor.state.doc.line(index + 1).to, insert: text }, userEvent: 'input.type' });
}

/** Waits until `ready` holds (5 s at most). */
async function until(ready: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((wake) => setTimeout(wake, 20));
  }
}

/** A session on seed 000 with external changes followed, as the window has them. */
async function setup() {
  const opened = await openSeedSession();
  const changes = new ExternalChanges(opened.main.api, opened.editor, opened.session);
  const disk = readFileSync(opened.path, 'utf8');
  /** Another program's write: the seed with one of its texts replaced. */
  const writeOnDisk = (from: string, to: string) => {
    const text = readFileSync(opened.path, 'utf8').replace(from, to);
    writeFileSync(opened.path, text);
    return text;
  };
  return { ...opened, changes, disk, writeOnDisk };
}

describe('ExternalChanges', () => {
  it('reloads a clean editor at once, with a quiet notice; Undo gives the old text back (unsaved)', async () => {
    const { editor, session, changes, writeOnDisk } = await setup();
    writeOnDisk('Thank you for having me.', 'Thank you for having me (pulled).');
    await until(() => editor.state.doc.toString().includes('(pulled)'), 'the reload');
    expect(changes.change.get()).toBeUndefined();
    expect(session.current).toMatchObject({ dirty: false, error: undefined });
    expect(session.current.notice).toMatch(/^Reloaded episode\.md/);
    editor.run(undo);
    expect(editor.state.doc.toString()).not.toContain('(pulled)');
    expect(session.current.dirty).toBe(true);
  });

  it('offers a change to a dirty editor; Merge takes the other item in, and Save writes both without asking', async () => {
    const { main, path, editor, session, changes, writeOnDisk } = await setup();
    typeAtEnd(editor, 1, ' Mine.');
    const theirs = writeOnDisk('Thank you for having me.', 'Thank you for having me (theirs).');
    await until(() => changes.change.get() !== undefined, 'the offer');
    expect(changes.change.get()).toMatchObject({ name: 'episode.md', merge: { ok: true, fromDisk: 1, fromMine: 1 } });
    expect(changes.compareTexts()).toMatchObject({ disk: theirs });
    expect(await changes.merge()).toBe(true);
    expect(changes.change.get()).toBeUndefined();
    expect(editor.state.doc.toString()).toMatch(/Katie Bauer\. Mine\.[^]*\(theirs\)/);
    expect(session.current.dirty).toBe(true);
    expect(await session.save()).toBe(true);
    expect(main.dialogs.history()).toEqual([]);
    const saved = readFileSync(path, 'utf8');
    expect(changedLines(theirs, saved)).toMatchObject({ removed: ['- line: Yeah, Katie. Katie Bauer.'], added: ['- line: Yeah, Katie. Katie Bauer. Mine.'] });
    // Undo of the merge gives the user's own text back.
    editor.run(undo);
    expect(editor.state.doc.toString()).not.toContain('(theirs)');
  });

  it('refuses to merge changes to the same turn, naming it; Keep Mine makes the next Save ask', async () => {
    const { main, path, editor, session, changes, writeOnDisk } = await setup();
    typeAtEnd(editor, 1, ' Mine.');
    const theirs = writeOnDisk('Yeah, Katie. Katie Bauer.', 'Yeah, Katie. Katie Bauer. Theirs.');
    await until(() => changes.change.get() !== undefined, 'the offer');
    const { merge } = changes.change.get()!;
    expect(merge.ok).toBe(false);
    expect(!merge.ok && merge.reason).toMatch(/the turn at 1:43 \(Katie\)/);
    expect(await changes.merge()).toBe(false);
    changes.keepMine();
    expect(changes.change.get()).toBeUndefined();
    expect(await session.save()).toBe(false);
    expect(main.dialogs.history()).toEqual([{ dialog: 'overwrite', detail: path, answer: 'cancel' }]);
    expect(readFileSync(path, 'utf8')).toBe(theirs);
  });

  it('Reload with unsaved edits takes the disk file as one undo step; after Undo, Save writes mine over it without asking', async () => {
    const { main, path, editor, session, changes, writeOnDisk } = await setup();
    typeAtEnd(editor, 1, ' Mine.');
    const theirs = writeOnDisk('Thank you for having me.', 'Thank you for having me (theirs).');
    await until(() => changes.change.get() !== undefined, 'the offer');
    await changes.reload();
    expect(session.current).toMatchObject({ dirty: false });
    expect(editor.state.doc.toString()).toContain('(theirs)');
    expect(editor.state.doc.toString()).not.toContain('Mine.');
    editor.run(undo);
    expect(editor.state.doc.toString()).toContain('Mine.');
    expect(session.current.dirty).toBe(true);
    expect(await session.save()).toBe(true);
    expect(main.dialogs.history()).toEqual([]);
    expect(changedLines(theirs, readFileSync(path, 'utf8')).added.join('\n')).toContain('Mine.');
  });

  it('drops the offer once the user saves over the change (asked, Overwrite)', async () => {
    const { main, path, editor, session, changes, writeOnDisk } = await setup();
    typeAtEnd(editor, 1, ' Mine.');
    writeOnDisk('Thank you for having me.', 'Thank you for having me (theirs).');
    await until(() => changes.change.get() !== undefined, 'the offer');
    expect(await session.save()).toBe(false);
    expect(changes.change.get()).toBeDefined();
    main.dialogs.queue({ overwrite: 'overwrite' });
    expect(await session.save()).toBe(true);
    expect(changes.change.get()).toBeUndefined();
    expect(readFileSync(path, 'utf8')).not.toContain('(theirs)');
  });

  it('says nothing about our own saves', async () => {
    const { editor, session, changes } = await setup();
    typeAtEnd(editor, 1, ' Mine.');
    expect(await session.save()).toBe(true);
    typeAtEnd(editor, 1, ' More.');
    await new Promise((wake) => setTimeout(wake, 300));
    expect(changes.change.get()).toBeUndefined();
    expect(session.current.notice).toMatch(/^Saved/);
  });
});
