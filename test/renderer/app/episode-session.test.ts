import { copyFileSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { undo } from '@codemirror/commands';
import { describe, expect, it } from 'vitest';
import { setSpeaker } from '../../../renderer/src/editor/transcript-commands.js';
import { confirmTime, splitTurn } from '../../../renderer/src/editor/speaker-commands.js';
import { transcriptField } from '../../../renderer/src/editor/transcript-field.js';
import { EpisodeSession } from '../../../renderer/src/app/episode-session.js';
import { HeadlessTranscript } from '../../../renderer/src/editor/transcript-host.js';
import { transcriptHistory } from '../../../renderer/src/editor/transcript-history.js';
import { previewEpisode, type TranscriptItem } from '../../../shared/episode/index.js';
import type { InProcessApi } from '../support/in-process-api.js';
import { inProcessApi } from '../support/in-process-api.js';
import { openSeedSession } from '../support/seed-session.js';
import { changedLines } from '../../support/diff.js';
import { seed } from '../../support/paths.js';

/** Types at the end of an item's line, as one transaction. */
function typeAtEnd(editor: HeadlessTranscript, index: number, text: string) {
  editor.dispatch({ changes: { from: editor.state.doc.line(index + 1).to, insert: text }, userEvent: 'input.type' });
}

describe('EpisodeSession', () => {
  it('is dirty after an edit, and clean again when undo returns to the saved state', async () => {
    const { main, editor, session } = await openSeedSession();
    const states: boolean[] = [];
    session.state.subscribe((s) => states.push(s.dirty));
    typeAtEnd(editor, 1, ' Hello!');
    expect(session.current.dirty).toBe(true);
    expect(main.documentState()).toEqual({ title: 'episode.md', dirty: true });
    editor.run(setSpeaker(1, 'Katie Bauer'));
    editor.run(undo);
    expect(session.current.dirty).toBe(true);
    editor.run(undo);
    expect(session.current.dirty).toBe(false);
    expect(states).toEqual([true, false]);
    expect(main.documentState()).toEqual({ title: 'episode.md', dirty: false });
  });

  it('saves only the edited item, and is clean after', async () => {
    const { path, editor, session } = await openSeedSession();
    typeAtEnd(editor, 1, ' Hello!');
    expect(await session.save()).toBe(true);
    expect(session.current).toMatchObject({ dirty: false, error: undefined });
    expect(session.current.notice).toMatch(/^Saved /);
    expect(changedLines(readFileSync(seed('000'), 'utf8'), readFileSync(path, 'utf8'))).toMatchObject({
      removed: ['- line: Yeah, Katie. Katie Bauer.'],
      added: ['- line: Yeah, Katie. Katie Bauer. Hello!'],
    });
  });

  it('refuses to overwrite a change made on disk, says so, and on the next Save asks: Cancel keeps theirs, Overwrite writes mine', async () => {
    const { main, path, editor, session } = await openSeedSession();
    typeAtEnd(editor, 1, ' Mine.');
    const theirs = readFileSync(path, 'utf8').replace('Katie Bauer.', 'Katie Bauer (theirs).');
    writeFileSync(path, theirs);
    const later = statSync(path).mtimeMs / 1000 + 5;
    utimesSync(path, later, later);
    expect(await session.save()).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    expect(session.current.error).toContain('was changed on disk by another program since it was opened. Nothing was saved.');
    expect(session.current.dirty).toBe(true);
    expect(main.dialogs.history()).toEqual([]);
    // A habitual second Ctrl+S asks; unanswered (Cancel), nothing is written.
    expect(await session.save()).toBe(false);
    expect(main.dialogs.history()).toEqual([{ dialog: 'overwrite', detail: path, answer: 'cancel' }]);
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    expect(session.current.error).toContain('keeps the other program');
    main.dialogs.queue({ overwrite: 'overwrite' });
    expect(await session.save()).toBe(true);
    expect(readFileSync(path, 'utf8')).toContain('Katie Bauer. Mine.');
    expect(session.current).toMatchObject({ dirty: false, error: undefined });
    // Saved: the next Save is over the file as written, and asks nothing.
    typeAtEnd(editor, 1, ' More.');
    expect(await session.save()).toBe(true);
    expect(main.dialogs.history()).toHaveLength(2);
  });

  it('notices a change on disk that kept the size and the modification time (cp -p)', async () => {
    const { path, editor, session } = await openSeedSession();
    typeAtEnd(editor, 1, ' Mine.');
    const { mtime } = statSync(path);
    const theirs = readFileSync(path, 'utf8').replace('Katie Bauer.', 'Kitty Bauer.');
    writeFileSync(path, theirs);
    utimesSync(path, mtime, mtime);
    expect(await session.save()).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe(theirs);
  });

  it('on Close with unsaved changes asks, and keeps the window open on Cancel', async () => {
    const { main, editor, session } = await openSeedSession();
    typeAtEnd(editor, 0, ' x');
    main.dialogs.queue({ confirm: 'cancel' });
    await session.close();
    expect(session.current.dirty).toBe(true);
    expect(main.dialogs.history().map((d) => [d.dialog, d.detail])).toEqual([['confirm', 'episode.md']]);
    main.dialogs.queue({ confirm: 'discard' });
    await session.close();
    expect(session.current.dirty).toBe(false);
    expect(main.documentState()).toEqual({ title: 'episode.md', dirty: false });
  });

  it('answers main on Close even when a cancelled save leaves the state as it was', async () => {
    const { main, editor, session } = await openSeedSession();
    const told: boolean[] = [];
    const setDocumentState = main.api.setDocumentState;
    main.api.setDocumentState = (req) => (told.push(req.dirty), setDocumentState(req));
    typeAtEnd(editor, 0, ' x');
    main.dialogs.queue({ confirm: 'cancel' });
    await session.close();
    expect(told).toEqual([true, true]);
  });

  it('opens a file without ever looking unsaved', async () => {
    const { main, path, session } = await openSeedSession();
    const states: boolean[] = [];
    session.state.subscribe((s) => states.push(s.dirty));
    await session.open(path);
    expect(states.every((dirty) => !dirty)).toBe(true);
    expect(main.documentState()).toEqual({ title: 'episode.md', dirty: false });
  });

  it('keeps the open episode, edits and all, when a long file fails to read after its first screen', async () => {
    const { main, path, editor, session } = await openSeedSession();
    typeAtEnd(editor, 0, ' mine');
    const broken = join(main.dir, 'broken.md');
    const text = readFileSync(seed('000'), 'utf8');
    writeFileSync(broken, text.replace(/\n---\n/, '\n- line: [unclosed\n---\n'));
    const before = editor.state;
    expect(await session.showFile((await main.api.openEpisode({ path: broken }))!)).toBe(false);
    expect(editor.state).toBe(before);
    expect(session.current).toMatchObject({ path, name: 'episode.md', dirty: true });
    expect(session.current.error).toMatch(/^.*broken\.md:\d+:\d+: /);
  });

  it('takes over the first screen’s preview of the window’s file, and empties it when the rest of the file fails to read', async () => {
    const main = await inProcessApi();
    const text = readFileSync(seed('000'), 'utf8');
    const [good, broken] = [join(main.dir, 'episode.md'), join(main.dir, 'broken.md')];
    writeFileSync(good, text);
    writeFileSync(broken, text.replace(/\n---\n/, '\n- line: [unclosed\n---\n'));
    for (const path of [good, broken]) {
      const file = (await main.api.openEpisode({ path }))!;
      const editor = new HeadlessTranscript(transcriptHistory);
      editor.load(previewEpisode(file.text, path)!, { preview: true });
      const preview = editor.state;
      const session = new EpisodeSession(main.api, editor);
      const shown = session.showFile(file, { previewShown: true });
      expect(editor.state).toBe(preview);
      expect(session.current).toMatchObject({ path, dirty: false, notice: 'Opening…' });
      expect(await shown).toBe(path === good);
      if (path === good) {
        expect(editor.state.doc.lines).toBeGreaterThan(preview.doc.lines);
        expect(session.current).toMatchObject({ path, dirty: false, notice: undefined, error: undefined });
      } else {
        expect(editor.state.doc.toString()).toBe('');
        expect(session.current).toMatchObject({ path: undefined, name: 'untitled.md', dirty: false });
        expect(session.current.error).toMatch(/broken\.md:\d+:\d+: /);
      }
    }
  });

  it('closes without asking when there is nothing unsaved', async () => {
    const { main, session } = await openSeedSession();
    await session.close();
    expect(main.dialogs.history()).toEqual([]);
    expect(session.current.dirty).toBe(false);
  });

  it('shows a long file’s first items at once, unchangeable, then the whole of it; a save waits for the whole', async () => {
    const { main, path, editor, session } = await openSeedSession();
    const whole = editor.state.doc.lines;
    expect(whole).toBeGreaterThan(100);
    const file = await main.api.openEpisode({ path });
    const shown = session.showFile(file!);
    expect(editor.state.doc.lines).toBe(60);
    expect(session.current).toMatchObject({ path, dirty: false, notice: 'Opening…' });
    typeAtEnd(editor, 0, ' lost?');
    expect(editor.state.doc.line(1).text).not.toContain('lost?');
    const saving = session.save();
    expect(await shown).toBe(true);
    expect(editor.state.doc.lines).toBe(whole);
    expect(await saving).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(readFileSync(seed('000'), 'utf8'));
    typeAtEnd(editor, 0, ' kept');
    expect(session.current.dirty).toBe(true);
  });

  it('says what is wrong with a file that is not an episode, keeping the open one', async () => {
    const { main, editor, session, path } = await openSeedSession();
    const raw = join(main.dir, 'captions.txt');
    copyFileSync(seed('001'), raw);
    const before = editor.state;
    await session.open(raw);
    expect(session.current.error).toContain('To turn raw text into an episode, use File › Import Raw Transcript…');
    expect(session.current.path).toBe(path);
    expect(editor.state).toBe(before);
  });

  describe('estimated times', () => {
    /** The indexes of the turns flagged estimated. */
    const estimatedAt = (items: readonly TranscriptItem[]) => items.flatMap((item, i) => (item.kind === 'turn' && item.estimated ? [i] : []));

    /** Opens the file again in a fresh session over the same main (the same user data). */
    async function reopen(main: InProcessApi, path: string) {
      const editor = new HeadlessTranscript(transcriptHistory);
      const session = new EpisodeSession(main.api, editor);
      await session.open(path);
      return { editor, session };
    }

    /** Splits the first turn after "Katie." with no audio playing: the new turn's time is interpolated and flagged. */
    function splitFirstTurn(editor: HeadlessTranscript) {
      const line = editor.state.doc.line(1);
      editor.dispatch({ selection: { anchor: line.from + line.text.indexOf('Am I') } });
      expect(editor.run(splitTurn(undefined))).toBe(true);
      expect(estimatedAt(editor.state.field(transcriptField).items)).toEqual([1]);
    }

    it('survive Save and opening the file again, kept in the user data and never in the file', async () => {
      const { main, path, editor, session } = await openSeedSession();
      splitFirstTurn(editor);
      expect(await session.save()).toBe(true);
      expect(session.current.notice).toMatch(/^Saved .+ · 1 estimated time to check$/);
      const text = readFileSync(path, 'utf8');
      expect(text).not.toMatch(/estimated/i);
      expect(readFileSync(join(main.dir, 'user-data', 'estimated-times.json'), 'utf8')).toContain('"index": 1');

      const again = await reopen(main, path);
      expect(again.session.current).toMatchObject({ path, dirty: false, error: undefined });
      expect(estimatedAt(again.editor.state.field(transcriptField).items)).toEqual([1]);
      // Saving untouched writes the same bytes and keeps the mark.
      expect(await again.session.save()).toBe(true);
      expect(readFileSync(path, 'utf8')).toBe(text);
      expect(again.session.current.notice).toMatch(/· 1 estimated time to check$/);
      // Confirming the time is a change to save (the file's bytes stay; the mark goes).
      again.editor.dispatch({ selection: { anchor: again.editor.state.doc.line(2).from } });
      expect(again.editor.run(confirmTime)).toBe(true);
      expect(again.session.current.dirty).toBe(true);
      expect(await again.session.save()).toBe(true);
      expect(again.session.current.notice).toMatch(/^Saved [^·]+$/);
      expect(readFileSync(path, 'utf8')).toBe(text);
      expect(estimatedAt((await reopen(main, path)).editor.state.field(transcriptField).items)).toEqual([]);
    });

    it('are dropped when the file changed elsewhere, and forgotten once none remain', async () => {
      const { main, path, editor, session } = await openSeedSession();
      splitFirstTurn(editor);
      expect(await session.save()).toBe(true);
      const item = editor.state.field(transcriptField).items[1]!;
      const sec = item.kind === 'turn' ? item.sec! : -1;
      // Another program sets that turn's time: the file's time is no guess now.
      writeFileSync(path, readFileSync(path, 'utf8').replace(`sec: ${sec}\n`, `sec: ${sec + 1}\n`));
      const changed = await reopen(main, path);
      expect(estimatedAt(changed.editor.state.field(transcriptField).items)).toEqual([]);
      expect(changed.session.current.dirty).toBe(false);
      expect(await changed.session.save()).toBe(true);
      expect(changed.session.current.notice).toMatch(/^Saved [^·]+$/);
      expect(readFileSync(join(main.dir, 'user-data', 'estimated-times.json'), 'utf8').trim()).toBe('{}');
    });

    it('are kept for the new path on Save As', async () => {
      const { main, path, editor, session } = await openSeedSession();
      splitFirstTurn(editor);
      const copy = join(main.dir, 'copy.md');
      main.dialogs.queue({ save: copy });
      expect(await session.saveAs()).toBe(true);
      expect(session.current.notice).toMatch(/· 1 estimated time to check$/);
      expect(estimatedAt((await reopen(main, copy)).editor.state.field(transcriptField).items)).toEqual([1]);
      expect(readFileSync(path, 'utf8')).toBe(readFileSync(seed('000'), 'utf8'));
    });
  });
});
