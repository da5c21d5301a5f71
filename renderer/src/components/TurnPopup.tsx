import type { StateCommand } from '@codemirror/state';
import type { Workspace } from '../app/create-workspace.js';
import { assignSpeaker, frontmatterGuests } from '../editor/speaker-commands.js';
import { setSpeaker, setTurnTime } from '../editor/transcript-commands.js';
import { transcriptField } from '../editor/transcript-field.js';
import { turnLines } from '../../../shared/episode/index.js';
import { mentionedNames } from '../../../shared/episode/mentioned-names.js';
import { SpeakerPicker } from './SpeakerPicker.js';
import { TimeEditor } from './TimeEditor.js';
import { useObservable } from './use-observable.js';

/**
 * The command a pick in the speaker popup runs: on the cursor's turn without a speaker, the one
 * Alt+1…9 run (which moves on to the next turn, as set); else a change of that turn alone.
 */
function pickSpeaker(index: number, unassigned: boolean, who: string): StateCommand {
  return (target) => {
    const { main } = target.state.selection;
    const atCursor = main.empty && target.state.doc.lineAt(main.head).number === index + 1;
    return (unassigned && atCursor && who.trim() ? assignSpeaker(who.trim()) : setSpeaker(index, who))(target);
  };
}

/** The speaker or time popup open on a turn (the turn at the cursor). */
export function TurnPopup({ workspace }: { workspace: Workspace }) {
  const { editor, overlays } = workspace;
  const popup = useObservable(overlays.popup);
  const item = useObservable(editor.observable, (state) => (popup ? state.field(transcriptField).items[popup.index] : undefined));
  if (!popup || item?.kind !== 'turn') return null;
  const close = () => {
    overlays.closePopup();
    editor.focus();
  };
  const closeAndRun = (command: StateCommand) => {
    close();
    editor.run(command);
  };
  if (popup.part === 'who') {
    return (
      <SpeakerPicker
        roster={workspace.roster()}
        suggestions={[...frontmatterGuests(editor.state), ...mentionedNames(turnLines(editor.state.field(transcriptField).items))]}
        current={item.who}
        anchor={popup.anchor}
        onPick={(who) => closeAndRun(pickSpeaker(popup.index, item.who === undefined, who))}
        onCancel={close}
      />
    );
  }
  return (
    <TimeEditor
      current={item.sec}
      anchor={popup.anchor}
      onApply={(text) => closeAndRun(setTurnTime(popup.index, text))}
      onCancel={close}
    />
  );
}
