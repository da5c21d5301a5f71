import { readFileSync } from 'node:fs';
import { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { parseEpisode, speakerSpans, type Turn } from '../../../shared/episode/index.js';
import { PlaybackSync } from '../../../renderer/src/app/playback-sync.js';
import { playingItemField } from '../../../renderer/src/editor/playing-line.js';
import { speakerStatsField } from '../../../renderer/src/editor/speaker-stats.js';
import { setSpeaker } from '../../../renderer/src/editor/transcript-commands.js';
import { documentFromState, transcriptField } from '../../../renderer/src/editor/transcript-field.js';
import { HeadlessTranscript } from '../../../renderer/src/editor/transcript-host.js';
import { seed } from '../../support/paths.js';
import { StandInPlayer } from '../support/stand-in-player.js';

function setup() {
  const editor = new HeadlessTranscript();
  editor.load(parseEpisode(readFileSync(seed('000'), 'utf8'), 'seed.md'));
  const player = new StandInPlayer();
  const sync = new PlaybackSync(editor, player);
  const items = editor.state.field(transcriptField).items;
  /** The index of the first timed turn at or after `sec`. */
  const turnAt = (sec: number) => items.findIndex((i) => i.kind === 'turn' && i.sec !== undefined && i.sec >= sec);
  return { editor, player, sync, items, turnAt };
}

describe('PlaybackSync', () => {
  it('draws the editor’s speaker spans as regions, ending at the audio’s length once it is loaded', () => {
    const { editor, player, items } = setup();
    const timed = items.filter((i): i is Turn & { sec: number } => i.kind === 'turn' && i.sec !== undefined);
    expect(player.turns!.spans).toEqual(speakerSpans(documentFromState(editor.state).items));
    expect(player.turns!.spans.length).toBeGreaterThan(100);
    expect(player.turns!.spans[0]).toMatchObject({ start: timed[0]!.sec, who: timed[0]!.who });
    player.ready(4000);
    expect(player.turns!.spans.at(-1)!.end).toBe(4000);
    expect(player.turns!.colors.get('Alexey')).toMatch(/^#/);
  });

  it('tells a document loaded while audio plays the audio’s length', async () => {
    const { editor, player } = setup();
    player.ready(4000);
    editor.load(parseEpisode(readFileSync(seed('000'), 'utf8'), 'again.md'));
    await Promise.resolve();
    expect(editor.state.field(speakerStatsField).duration).toBe(4000);
    expect(player.turns!.spans.at(-1)!.end).toBe(4000);
  });

  it('marks the turn playing, and only dispatches when the playing turn changes', () => {
    const { editor, player, turnAt } = setup();
    player.ready(4000);
    const index = turnAt(300);
    const sec = (editor.state.field(transcriptField).items[index] as Turn).sec!;
    player.fire('time', sec + 0.5);
    expect(editor.state.field(playingItemField)).toBe(index);
    const state = editor.state;
    player.fire('time', sec + 0.6);
    expect(editor.state).toBe(state);
    player.fire('unload');
    expect(editor.state.field(playingItemField)).toBeNull();
  });

  it('moves the cursor to the turn at a time clicked on the waveform, and seeks to the turn at the cursor', () => {
    const { editor, player, sync } = setup();
    const span = player.turns!.spans.find((s) => s.start >= 600)!;
    player.fire('seek', (span.start + span.end) / 2);
    expect(editor.state.doc.lineAt(editor.state.selection.main.head).number).toBe(span.index + 1);
    player.seek(0);
    sync.seekToCursor();
    expect(player.currentTime).toBe(span.start);
  });

  it('redraws the regions when a speaker changes, not when the text does', () => {
    const { editor, player, turnAt } = setup();
    const before = player.turnUpdates;
    editor.dispatch({ changes: { from: editor.state.doc.line(2).to, insert: ' more words' } });
    expect(player.turnUpdates).toBe(before);
    const index = turnAt(300);
    editor.run(setSpeaker(index, 'Someone Else'));
    expect(player.turnUpdates).toBe(before + 1);
    expect(player.turns!.spans.find((s) => s.index === index)!.who).toBe('Someone Else');
  });

  it('follows playback until toggled off, and says so', () => {
    const { sync } = setup();
    const seen: boolean[] = [];
    sync.follow.subscribe((f) => seen.push(f));
    expect(sync.follow.get()).toBe(true);
    sync.toggleFollow();
    sync.toggleFollow();
    expect(seen).toEqual([false, true]);
  });

  it('scrolls to each new playing turn, but not to one whose time was just clicked (so a double click edits it)', () => {
    const { editor, player, sync, turnAt } = setup();
    player.ready(4000);
    // Whether each dispatch scrolled (a scroll effect's value is CodeMirror's scroll target).
    const scrollTarget = (EditorView.scrollIntoView(0).value as object).constructor;
    const scrolls: boolean[] = [];
    const dispatch = editor.dispatch.bind(editor);
    editor.dispatch = (spec) => {
      scrolls.push([spec.effects ?? []].flat().some((e) => e.value instanceof scrollTarget));
      dispatch(spec);
    };
    const [first, second] = [turnAt(300), turnAt(400)];
    const secOf = (i: number) => (editor.state.field(transcriptField).items[i] as Turn).sec!;
    sync.seekInView(first, secOf(first));
    expect(player.currentTime).toBe(secOf(first));
    player.fire('time', secOf(first));
    player.fire('time', secOf(second));
    expect(scrolls).toEqual([false, true]);
  });

  it('plays from a turn whose time was clicked, whether it was paused or playing', () => {
    const { player, sync, turnAt } = setup();
    sync.playInView(turnAt(300), 300);
    expect([player.currentTime, player.paused]).toEqual([300, false]);
    sync.playInView(turnAt(400), 400);
    expect([player.currentTime, player.paused]).toEqual([400, false]);
  });

  it('stops following the editor and the waveform once destroyed', () => {
    const { editor, player, sync } = setup();
    sync.destroy();
    player.ready(4000);
    player.fire('time', 300);
    expect(editor.state.field(playingItemField)).toBeNull();
  });
});
