import { redo, undo } from '@codemirror/commands';
import { closeLintPanel, nextDiagnostic, openLintPanel, previousDiagnostic } from '@codemirror/lint';
import { openSearchPanel } from '@codemirror/search';
import type { CommandId } from '../../../shared/commands.js';
import { newEpisode } from '../../../shared/import/index.js';
import {
  alternateSpeaker,
  assignSpeaker,
  confirmTime,
  fixSpeakerNames,
  mergeWithPrevious,
  roster,
  splitTurn,
} from '../editor/speaker-commands.js';
import { cursorNextHeader, cursorNextTurn, cursorPreviousHeader, cursorPreviousTurn, insertHeaderAbove, updateDuration } from '../editor/transcript-commands.js';
import { itemAt } from '../editor/transcript-field.js';
import type { CommandHandlers } from './command-keys.js';
import type { Workspace } from './workspace.js';

/** The parts of the window the commands act on. */
export interface CommandContext extends Workspace {
  /** Names offered for assignment beyond this episode's speakers (host, guests). */
  readonly extraSpeakers: () => readonly string[];
  /** Opens the speaker or time popup for an item, anchored at a point on screen. */
  readonly openPopup: (part: 'who' | 'time', index: number, anchor: DOMRect) => void;
  readonly toggleHelp: () => void;
  readonly openRename: () => void;
  readonly openHostName: () => void;
  readonly openImport: () => void;
  readonly setRate: (rate: number) => void;
  readonly setFollow: (follow: boolean) => void;
}

/** What every command does in the renderer. */
export function commandHandlers(ctx: CommandContext): CommandHandlers {
  const { editor, session, waveform, audio, sync } = ctx;
  const view = editor.view;
  const popupAtCursor = (part: 'who' | 'time') => {
    const { index, item, from } = itemAt(view.state, view.state.selection.main.head);
    if (item.kind !== 'turn') return;
    const head = view.domAtPos(from).node.parentElement?.closest('.cm-line')?.querySelector(`[data-part="${part}"]`);
    const coords = view.coordsAtPos(from);
    ctx.openPopup(part, index, head?.getBoundingClientRect() ?? new DOMRect(coords?.left ?? 0, coords?.bottom ?? 0));
  };
  const assignNth = (n: number) => () => {
    const name = roster(view.state, ctx.extraSpeakers())[n - 1];
    return name !== undefined && editor.run(assignSpeaker(name));
  };
  const speakerKeys = Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`speaker.${n}`, assignNth(n)])) as Record<`speaker.${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`, () => boolean>;
  return {
    'file.new': async () => (await session.confirmLeave()) && session.showNew(newEpisode('Untitled episode', []), 'untitled.md'),
    'file.open': () => session.open(),
    'file.openAudio': () => audio.choose(),
    'file.import': () => ctx.openImport(),
    'file.save': () => session.save(),
    'file.saveAs': () => session.saveAs(),
    'file.close': () => session.close(),
    'edit.undo': () => undo(view),
    'edit.redo': () => redo(view),
    'edit.find': () => openSearchPanel(view),
    'edit.replace': () => {
      openSearchPanel(view);
      view.dom.querySelector<HTMLInputElement>('.cm-search input[name=replace]')?.focus();
    },
    'edit.speaker': () => popupAtCursor('who'),
    'edit.time': () => popupAtCursor('time'),
    'time.confirm': () => editor.run(confirmTime),
    'edit.duration': () => editor.run(updateDuration),
    'edit.header': () => editor.run(insertHeaderAbove),
    ...speakerKeys,
    'speaker.alternate': () => editor.run(alternateSpeaker),
    'speaker.split': () => editor.run(splitTurn(waveform.media.paused ? undefined : waveform.currentTime)),
    'speaker.merge': () => editor.run(mergeWithPrevious),
    'speaker.rename': () => ctx.openRename(),
    'speaker.fixNames': () => editor.run(fixSpeakerNames),
    'speaker.host': () => ctx.openHostName(),
    'nav.nextTurn': () => editor.run(cursorNextTurn),
    'nav.prevTurn': () => editor.run(cursorPreviousTurn),
    'nav.nextHeader': () => editor.run(cursorNextHeader),
    'nav.prevHeader': () => editor.run(cursorPreviousHeader),
    'nav.nextProblem': () => nextDiagnostic(view),
    'nav.prevProblem': () => previousDiagnostic(view),
    'view.problems': () => closeLintPanel(view) || openLintPanel(view),
    'view.zoomIn': () => waveform.stepZoom(1),
    'view.zoomOut': () => waveform.stepZoom(-1),
    'playback.toggle': () => waveform.playPause(),
    'playback.back': () => waveform.skip(-5),
    'playback.forward': () => waveform.skip(5),
    'playback.slower': () => ctx.setRate(waveform.stepRate(-1)),
    'playback.faster': () => ctx.setRate(waveform.stepRate(1)),
    'playback.playTurn': () => {
      sync.seekToCursor();
      if (waveform.media.paused) waveform.playPause();
    },
    'playback.follow': () => {
      sync.follow = !sync.follow;
      ctx.setFollow(sync.follow);
    },
    'help.shortcuts': () => ctx.toggleHelp(),
  } satisfies Record<CommandId, () => unknown>;
}
