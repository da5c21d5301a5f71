import { redo, undo } from '@codemirror/commands';
import { closeLintPanel, openLintPanel } from '@codemirror/lint';
import { openSearchPanel } from '@codemirror/search';
import type { Command } from '@codemirror/view';
import type { Api } from '../../../shared/api.js';
import type { CommandId } from '../../../shared/commands.js';
import { newEpisode, turnsOf } from '../../../shared/episode/index.js';
import { alternateSpeaker, assignSpeaker, confirmTime, fixSpeakerNames, mergeWithPrevious, splitTurn } from '../editor/speaker-commands.js';
import { cursorNextHeader, cursorNextTurn, cursorPreviousHeader, cursorPreviousTurn, insertHeaderAbove, updateDuration } from '../editor/transcript-commands.js';
import { nudgeTime, setTimeAtCursor } from '../editor/time-commands.js';
import { spanIndexAt, splitAtPlayhead, timeAtPosition } from '../editor/word-commands.js';
import { cursorNextProblem, cursorPreviousProblem } from '../editor/problem-navigation.js';
import { documentFromState, itemAt, transcriptField } from '../editor/transcript-field.js';
import { baseName } from '../../../shared/paths.js';
import type { TranscriptHost } from '../editor/transcript-host.js';
import type { WaveformView } from '../waveform/waveform-view.js';
import { sureSecs, timesOnlyUnsure } from '../../../shared/align/audio-options.js';
import type { AudioAlignment } from './audio-alignment.js';
import type { AudioSession } from './audio-session.js';
import { makeExport, type Exports } from './export-flow.js';
import type { CommandHandlers } from './command-keys.js';
import type { EpisodeSession } from './episode-session.js';
import type { Overlays } from './overlays.js';
import type { PlaybackSync } from './playback-sync.js';
import type { Settings } from './settings.js';
import type { Observable } from '../state/observable.js';

/** What the commands need of the waveform. */
export type CommandPlayer = Pick<WaveformView, 'loaded' | 'paused' | 'currentTime' | 'duration' | 'playPause' | 'playRange' | 'skip' | 'stepRate' | 'stepZoom'>;

/** The parts of the window the commands act on. */
export interface CommandContext {
  readonly api: Api;
  readonly editor: TranscriptHost;
  readonly session: EpisodeSession;
  readonly player: CommandPlayer;
  readonly audio: AudioSession;
  readonly sync: PlaybackSync;
  readonly overlays: Overlays;
  /** The speakers Alt+1…9 assign, in that order. */
  readonly roster: () => readonly string[];
  /** Writing exports, and the last one's choice. */
  readonly exports: Exports;
  /** The settings the commands change (assign and advance, spell check). */
  readonly settings?: Pick<Settings, 'advanceAfterAssign' | 'setAdvanceAfterAssign' | 'spellCheck' | 'setSpellCheck'>;
  /** Align to Audio's recognition, run by main. */
  readonly alignment?: AudioAlignment;
}

/** How much Play Around This Turn's Start plays on each side of it, in seconds. */
const BOUNDARY_SECONDS = 2;

/** Opens the search panel with the focus in its replace field, or in its find field while that is empty. */
const openReplacePanel: Command = (view) => {
  openSearchPanel(view);
  const field = (name: string) => view.dom.querySelector<HTMLInputElement>(`.cm-search input[name=${name}]`);
  (field('search')?.value ? field('replace') : field('search'))?.focus();
  return true;
};

/** A setting that is on or off: its value, how to store a new one, and what to tell the user of each. */
interface Toggle {
  readonly value: Observable<boolean>;
  set(on: boolean): Promise<void>;
  readonly onNotice: string;
  readonly offNotice: string;
}

/** Turns a setting over, stores it and says what it is now. */
function toggle(setting: Toggle | undefined, session: EpisodeSession): boolean {
  if (!setting) return false;
  const on = !setting.value.get();
  void setting.set(on).catch((err: unknown) => session.fail(err));
  session.notify(on ? setting.onNotice : setting.offNotice);
  return true;
}

/** What every command does in the renderer. */
export function commandHandlers(ctx: CommandContext): CommandHandlers {
  const { api, editor, session, player, audio, sync, overlays, settings } = ctx;
  // The popup opens at the turn's time or speaker button, or at the cursor when the head is not drawn.
  const popupAtCursor = (part: 'who' | 'time') =>
    editor.runView((view) => {
      const { index, item, from } = itemAt(view.state, view.state.selection.main.head);
      if (item.kind !== 'turn') return false;
      const head = view.domAtPos(from).node.parentElement?.closest('.cm-line')?.querySelector(`[data-part="${part}"]`);
      const coords = view.coordsAtPos(from);
      overlays.showPopup({ part, index, anchor: head?.getBoundingClientRect() ?? new DOMRect(coords?.left ?? 0, coords?.bottom ?? 0) });
      return true;
    });
  const assignNth = (n: number) => () => {
    const name = ctx.roster()[n - 1];
    return name !== undefined && editor.run(assignSpeaker(name));
  };
  const speakerKeys = Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`speaker.${n}`, assignNth(n)])) as Record<`speaker.${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`, () => boolean>;
  return {
    'file.new': async () => (await session.confirmLeave()) && session.showNew(newEpisode('Untitled episode', []), 'untitled.md'),
    'file.open': () => session.open(),
    'file.openAudio': () => audio.choose(),
    'file.import': async () => {
      const raw = await api.openRawTranscript({}).catch((err: unknown) => void session.fail(err));
      if (raw) overlays.showDialog({ kind: 'import', raw });
    },
    'file.save': () => session.save(),
    'file.saveAs': () => session.saveAs(),
    'file.export': async () => {
      await session.whenLoaded();
      overlays.showDialog({ kind: 'export' });
    },
    'file.exportAgain': async () => {
      const choice = ctx.exports.last.get();
      if (!choice) return overlays.showDialog({ kind: 'export' });
      await session.whenLoaded();
      const made = await makeExport(documentFromState(editor.state), session.current.name, choice);
      if (!made.ok) return session.fail(`Not exported: ${made.error}`);
      const saved = await ctx.exports.write(made, choice, session.current.path, true).catch((err: unknown) => void session.fail(err));
      if (saved) session.notify(`Exported ${baseName(saved.path)}`);
    },
    'file.close': () => session.close(),
    'edit.undo': () => editor.run(undo),
    'edit.redo': () => editor.run(redo),
    'edit.find': () => editor.runView(openSearchPanel),
    'edit.replace': () => editor.runView(openReplacePanel),
    'edit.speaker': () => popupAtCursor('who'),
    'edit.time': () => popupAtCursor('time'),
    'time.fromPlayhead': () => player.loaded && editor.run(setTimeAtCursor(player.currentTime)),
    'time.nudgeBack': () => editor.run(nudgeTime(-1)),
    'time.nudgeForward': () => editor.run(nudgeTime(1)),
    'time.shiftFromHere': () => overlays.showDialog({ kind: 'shift' }),
    'time.alignToCaptions': async () => {
      // Into the whole document: a long file's first screen takes no change.
      await session.whenLoaded();
      const captions = await api.openRawTranscript({}).catch((err: unknown) => void session.fail(err));
      if (captions) overlays.showDialog({ kind: 'align', source: { kind: 'captions', ...captions } });
    },
    'time.alignToAudio': async () => {
      await session.whenLoaded();
      const audioPath = audio.audioPath;
      if (!player.loaded || audioPath === undefined) return session.notify('Open the episode’s audio first (File › Open Audio…)');
      if (!ctx.alignment || ctx.alignment.progress.get() !== undefined) return session.notify('Already listening to the audio (Cancel is in the status bar)');
      const turns = turnsOf(editor.state.field(transcriptField).items);
      // Sure times (from captions, say, or set by hand) place the recognition's windows; while some
      // turns lack one, only the audio around those is heard, and the sure ones keep theirs.
      const known = sureSecs(turns);
      const onlyUnsure = timesOnlyUnsure(turns);
      const shown = session.shown;
      const words = await ctx.alignment.listen(audioPath, turns.map((turn) => turn.line), known, onlyUnsure).catch((err: unknown) => void session.fail(err));
      if (words === null && session.shown !== shown) return session.notify('Stopped listening to the audio: another episode is open');
      if (!words) return;
      // Heard while the window stayed editable: words of this audio never time another episode's turns,
      // nor turns whose sure times changed meanwhile (the audio around them may not have been heard).
      if (session.shown !== shown || audio.audioPath !== audioPath) return session.notify('The audio was heard, but another episode or audio is open now: nothing changed');
      const knownNow = sureSecs(turnsOf(editor.state.field(transcriptField).items));
      if (onlyUnsure && JSON.stringify(knownNow) !== JSON.stringify(known)) return session.notify('The audio was heard, but turns or their times changed meanwhile: nothing changed (align again)');
      overlays.showDialog({ kind: 'align', source: { kind: 'audio', path: audioPath, words, onlyUnsure } });
    },
    'time.confirm': () => editor.run(confirmTime),
    'edit.duration': () => editor.run(updateDuration),
    'edit.header': () => editor.run(insertHeaderAbove),
    ...speakerKeys,
    'speaker.alternate': () => editor.run(alternateSpeaker),
    'speaker.split': () => editor.run(splitTurn(player.paused ? undefined : player.currentTime)),
    'speaker.merge': () => editor.run(mergeWithPrevious),
    'speaker.splitAtPlayhead': () => player.loaded && editor.run(splitAtPlayhead(player.currentTime, player.duration)),
    'speaker.rename': () => overlays.showDialog({ kind: 'rename' }),
    'speaker.fixNames': () => editor.run(fixSpeakerNames),
    'speaker.host': () => overlays.showDialog({ kind: 'host' }),
    'speaker.advance': () =>
      toggle(settings && { value: settings.advanceAfterAssign, set: (on) => settings.setAdvanceAfterAssign(on), onNotice: 'Assigning a speaker to a turn without one moves to the next turn', offNotice: 'Assigning a speaker stays on the turn' }, session),
    'nav.nextTurn': () => editor.run(cursorNextTurn),
    'nav.prevTurn': () => editor.run(cursorPreviousTurn),
    'nav.nextHeader': () => editor.run(cursorNextHeader),
    'nav.prevHeader': () => editor.run(cursorPreviousHeader),
    'nav.nextProblem': () => editor.runView(cursorNextProblem),
    'nav.prevProblem': () => editor.runView(cursorPreviousProblem),
    'view.problems': () => editor.runView((view) => closeLintPanel(view) || openLintPanel(view)),
    'view.spelling': () => toggle(settings && { value: settings.spellCheck, set: (on) => settings.setSpellCheck(on), onNotice: 'Spelling is checked', offNotice: 'Spelling is not checked' }, session),
    'view.zoomIn': () => player.stepZoom(1),
    'view.zoomOut': () => player.stepZoom(-1),
    'playback.toggle': () => player.playPause(),
    'playback.back': () => player.skip(-5),
    'playback.forward': () => player.skip(5),
    'playback.slower': () => player.stepRate(-1),
    'playback.faster': () => player.stepRate(1),
    'playback.playTurn': () => {
      sync.seekToCursor();
      if (player.paused) player.playPause();
    },
    'playback.fromHere': () => {
      // About where the word at the cursor is spoken: its place among its turn's words.
      const { head } = editor.state.selection.main;
      const sec = player.loaded ? timeAtPosition(editor.state, head, player.duration) : undefined;
      if (sec === undefined) return false;
      // The text stays where the user is looking: following playback does not scroll to the turn.
      sync.seekInView(spanIndexAt(editor.state, sec) ?? editor.state.doc.lineAt(head).number - 1, sec);
      if (player.paused) player.playPause();
      return true;
    },
    'playback.boundary': () => {
      // The last seconds before the turn's start and the first after it: is the cut in the right place?
      const { item } = itemAt(editor.state, editor.state.selection.main.head);
      if (!player.loaded || item.kind !== 'turn' || item.sec === undefined) return false;
      player.playRange(item.sec - BOUNDARY_SECONDS, item.sec + BOUNDARY_SECONDS);
      return true;
    },
    'playback.follow': () => sync.toggleFollow(),
    'help.shortcuts': () => overlays.toggleHelp(),
  } satisfies Record<CommandId, () => unknown>;
}
