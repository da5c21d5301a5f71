import type { StateCommand } from '@codemirror/state';
import type { Workspace } from '../app/create-workspace.js';
import { frontmatterGuests } from '../editor/speaker-commands.js';
import { setSpeaker, setTurnTime } from '../editor/transcript-commands.js';
import { transcriptField } from '../editor/transcript-field.js';
import { SpeakerPicker } from './SpeakerPicker.js';
import { TimeEditor } from './TimeEditor.js';
import { useObservable } from './use-observable.js';

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
        suggestions={frontmatterGuests(editor.state)}
        current={item.who}
        anchor={popup.anchor}
        onPick={(who) => closeAndRun(setSpeaker(popup.index, who))}
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
