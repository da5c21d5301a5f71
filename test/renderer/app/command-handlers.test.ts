import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, speakerCommandId } from '../../../shared/commands.js';
import { AudioSession } from '../../../renderer/src/app/audio-session.js';
import { commandHandlers } from '../../../renderer/src/app/command-handlers.js';
import { Exports, makeExport } from '../../../renderer/src/app/export-flow.js';
import { documentFromState } from '../../../renderer/src/editor/transcript-field.js';
import { Overlays } from '../../../renderer/src/app/overlays.js';
import { PlaybackSync } from '../../../renderer/src/app/playback-sync.js';
import { roster } from '../../../renderer/src/editor/speaker-roster.js';
import { transcriptField } from '../../../renderer/src/editor/transcript-field.js';
import { seed } from '../../support/paths.js';
import { openSeedSession } from '../support/seed-session.js';
import { StandInPlayer } from '../support/stand-in-player.js';

/** The command handlers over a session on a copy of seed 000, with the cursor on its second item. */
async function setup() {
  const { main, path, editor, session } = await openSeedSession();
  const player = new StandInPlayer();
  const sync = new PlaybackSync(editor, player);
  const overlays = new Overlays();
  const exports = new Exports(main.api);
  const handlers = commandHandlers({ api: main.api, editor, session, player, audio: new AudioSession(main.api, player), sync, overlays, roster: () => roster(editor.state, ['Host']), exports });
  editor.revealItem(1);
  const whoAt = (index: number) => {
    const item = editor.state.field(transcriptField).items[index];
    return item?.kind === 'turn' ? item.who : undefined;
  };
  return { main, path, editor, session, player, sync, overlays, handlers, whoAt, exports };
}

describe('the command handlers', () => {
  it('handle every command of the list', async () => {
    const { handlers } = await setup();
    expect(Object.keys(handlers).sort()).toEqual(COMMANDS.map((c) => c.id).sort());
  });

  it('assign the roster’s speakers by number, the host after the episode’s own, and undo', async () => {
    const { editor, handlers, whoAt } = await setup();
    const speakers = roster(editor.state);
    expect(speakers.slice(0, 2)).toEqual(['Alexey', 'Katie']);
    expect(whoAt(1)).toBe('Katie');
    handlers['speaker.1']();
    expect(whoAt(1)).toBe(speakers[0]);
    handlers[speakerCommandId(speakers.length + 1)!]();
    expect(whoAt(1)).toBe('Host');
    handlers['edit.undo']();
    handlers['edit.undo']();
    expect(whoAt(1)).toBe('Katie');
    handlers['edit.redo']();
    expect(whoAt(1)).toBe(speakers[0]);
  });

  it('save the file through main', async () => {
    const { path, editor, session, handlers } = await setup();
    editor.dispatch({ changes: { from: editor.state.doc.line(2).to, insert: ' Hi.' } });
    await handlers['file.save']();
    expect(readFileSync(path, 'utf8')).toContain('- line: Yeah, Katie. Katie Bauer. Hi.\n');
    expect(session.current.dirty).toBe(false);
  });

  it('drive playback and the follow switch', async () => {
    const { player, sync, handlers } = await setup();
    handlers['playback.forward']();
    handlers['playback.forward']();
    handlers['playback.back']();
    expect(player.currentTime).toBe(5);
    handlers['playback.toggle']();
    expect(player.paused).toBe(false);
    handlers['playback.follow']();
    expect(sync.follow.get()).toBe(false);
  });

  it('split at the playhead while playing, interpolating when paused', async () => {
    const { editor, player, handlers } = await setup();
    const lines = editor.state.doc.lines;
    editor.dispatch({ selection: { anchor: editor.state.doc.line(2).from + 6 } });
    player.seek(104);
    player.paused = false;
    handlers['speaker.split']();
    expect(editor.state.doc.lines).toBe(lines + 1);
    const item = editor.state.field(transcriptField).items[2];
    expect(item).toMatchObject({ kind: 'turn', sec: 104, time: '1:44' });
    expect(item?.kind === 'turn' && item.estimated).toBeFalsy();
  });

  it('time the turn at the cursor from the playhead, nudge it, play around its start, and ask how to shift', async () => {
    const { editor, player, overlays, handlers } = await setup();
    const item = () => editor.state.field(transcriptField).items[1];
    expect(handlers['time.fromPlayhead']()).toBe(false); // no audio yet
    player.ready(600);
    player.seek(98.4);
    expect(handlers['time.fromPlayhead']()).toBe(true);
    expect(item()).toMatchObject({ sec: 98, time: '1:38' });
    handlers['time.nudgeForward']();
    handlers['time.nudgeForward']();
    handlers['time.nudgeBack']();
    expect(item()).toMatchObject({ sec: 99, time: '1:39' });
    expect(handlers['playback.boundary']()).toBe(true);
    expect(player.ranges).toEqual([[97, 101]]);
    handlers['time.shiftFromHere']();
    expect(overlays.dialog.get()).toEqual({ kind: 'shift' });
    handlers['edit.undo']();
    expect(item()).toMatchObject({ sec: 100 });
  });

  it('export through main, and Export Again writes the same export where the user put it, without asking', async () => {
    const { main, path, editor, handlers, overlays, exports, session } = await setup();
    await handlers['file.exportAgain']();
    expect(overlays.dialog.get()).toEqual({ kind: 'export' });
    overlays.closeDialog();
    const choice = { format: 'srt', clean: [], speakerPrefix: true, fixChapters: false } as const;
    const made = await makeExport(documentFromState(editor.state), 'episode.md', choice);
    if (!made.ok) throw new Error(made.error);
    expect(made.fileName).toBe('episode.srt');
    const target = join(main.dir, 'subtitles.srt');
    main.dialogs.queue({ save: target });
    expect((await exports.write(made, choice, path))?.path).toBe(target);
    const written = readFileSync(target, 'utf8');
    expect(written).toMatch(/^1\n00:01:33,000 --> [\d:,]+\nAlexey: This week/);
    writeFileSync(target, 'stale');
    await handlers['file.exportAgain']();
    expect(readFileSync(target, 'utf8')).toBe(written);
    expect(session.current.notice).toBe('Exported subtitles.srt');
    expect(main.dialogs.history().filter((d) => d.dialog === 'save')).toHaveLength(1);
  });

  it('open the import dialog with the raw file main read, and toggle the help', async () => {
    const { main, overlays, handlers } = await setup();
    const raw = join(main.dir, 'captions.txt');
    copyFileSync(seed('001'), raw);
    main.dialogs.queue({ raw });
    await handlers['file.import']();
    expect(overlays.dialog.get()).toEqual({ kind: 'import', raw: { path: raw, text: readFileSync(seed('001'), 'utf8') } });
    handlers['help.shortcuts']();
    expect(overlays.dialog.get()).toEqual({ kind: 'help' });
    handlers['help.shortcuts']();
    expect(overlays.dialog.get()).toBeUndefined();
  });

  it('leave the view’s panels alone where there is no view', async () => {
    const { handlers } = await setup();
    expect(handlers['edit.find']()).toBe(false);
    expect(handlers['view.problems']()).toBe(false);
  });
});
