import { readFileSync } from 'node:fs';
import { undo } from '@codemirror/commands';
import { describe, expect, it } from 'vitest';
import { EpisodeSession } from '../../../renderer/src/app/episode-session.js';
import { RecoveryWriter, recoveryOffer } from '../../../renderer/src/app/recovery.js';
import { documentFromState } from '../../../renderer/src/editor/transcript-field.js';
import { HeadlessTranscript } from '../../../renderer/src/editor/transcript-host.js';
import { transcriptHistory } from '../../../renderer/src/editor/transcript-history.js';
import { parseEpisode, serializeEpisode } from '../../../shared/episode/index.js';
import type { InProcessApi } from '../support/in-process-api.js';
import { openSeedSession } from '../support/seed-session.js';

/** Types at the end of an item's line, as one transaction. */
function typeAtEnd(editor: HeadlessTranscript, index: number, text: string) {
  editor.dispatch({ changes: { from: editor.state.doc.line(index + 1).to, insert: text }, userEvent: 'input.type' });
}

const textOf = (editor: HeadlessTranscript) => serializeEpisode(documentFromState(editor.state));

/** A second start of the app on the same user data: a fresh editor and session showing the file as on disk. */
async function restart(main: InProcessApi, path: string) {
  const editor = new HeadlessTranscript(transcriptHistory);
  const session = new EpisodeSession(main.api, editor);
  const file = (await main.api.openEpisode({ path }))!;
  await session.showFile(file);
  return { editor, session, file };
}

describe('crash recovery', () => {
  it('keeps unsaved work a moment after a change, and a later start restores it as one undo step over the file on disk', async () => {
    const { main, path, editor, session } = await openSeedSession();
    const writer = new RecoveryWriter(main.api, editor, session, 10);
    typeAtEnd(editor, 1, ' Recovered!');
    const edited = textOf(editor);
    await new Promise((resolve) => setTimeout(resolve, 60));
    await expect(main.api.recoveryFor({ path })).resolves.toMatchObject({ path, name: 'episode.md', text: edited });
    writer.destroy(); // the app is killed: nothing is cleared

    const disk = readFileSync(path, 'utf8');
    expect(disk).not.toContain('Recovered!');
    const again = await restart(main, path);
    const rewriter = new RecoveryWriter(main.api, again.editor, again.session, 10_000);
    const offer = (await recoveryOffer(main.api, again.editor, again.file, parseEpisode(again.file.text, path), rewriter))!;
    expect(offer).toMatchObject({ name: 'episode.md', differing: 1, changedOnDisk: false });
    await offer.restore();
    expect(textOf(again.editor)).toBe(edited);
    expect(again.session.current.dirty).toBe(true);
    again.editor.run(undo);
    expect(textOf(again.editor)).toBe(disk);
    expect(again.session.current.dirty).toBe(false);
    // Undone back to the file: the restored work is forgotten too.
    await expect.poll(() => main.api.recoveryFor({ path })).toBeNull();
    rewriter.destroy();
  });

  it('forgets the work on Save, on Discard, and when undone back to the file; offers nothing then', async () => {
    const { main, path, editor, session } = await openSeedSession();
    const writer = new RecoveryWriter(main.api, editor, session, 10_000);
    const kept = () => main.api.recoveryFor({ path });

    typeAtEnd(editor, 1, ' one');
    await writer.flush();
    expect(await kept()).not.toBeNull();
    expect(await session.save()).toBe(true);
    expect(await kept()).toBeNull();

    typeAtEnd(editor, 7, ' two');
    await writer.flush();
    expect(await kept()).not.toBeNull();
    editor.run(undo);
    expect(session.current.dirty).toBe(false);
    expect(await kept()).toBeNull();

    typeAtEnd(editor, 1, ' three');
    await writer.flush();
    main.dialogs.queue({ confirm: 'discard' });
    await session.close();
    expect(await kept()).toBeNull();
    writer.destroy();

    const again = await restart(main, path);
    expect(await recoveryOffer(main.api, again.editor, again.file, parseEpisode(again.file.text, path))).toBeUndefined();
  });

  it('says when the file changed on disk since the work was kept, and Discard forgets the work', async () => {
    const { main, path, editor, session } = await openSeedSession();
    const writer = new RecoveryWriter(main.api, editor, session, 10_000);
    typeAtEnd(editor, 3, ' mine');
    typeAtEnd(editor, 5, ' also mine');
    await writer.flush();
    writer.destroy();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, readFileSync(path, 'utf8').replace('Katie Bauer.', 'Katie Bauer (theirs).'));
    const again = await restart(main, path);
    const offer = (await recoveryOffer(main.api, again.editor, again.file, parseEpisode(again.file.text, path)))!;
    expect(offer).toMatchObject({ changedOnDisk: true, differing: 5 });
    await offer.discard();
    expect(await main.api.recoveryFor({ path })).toBeNull();
  });
});
