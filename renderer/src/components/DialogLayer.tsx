import { currentSpeaker, renameSpeaker, roster } from '../editor/speaker-commands.js';
import { documentFromState, replaceAllItems } from '../editor/transcript-field.js';
import type { Workspace } from '../app/create-workspace.js';
import { HelpOverlay } from './HelpOverlay.js';
import { ImportDialog } from './ImportDialog.js';
import { PromptDialog } from './PromptDialog.js';
import { RenameSpeakerDialog } from './RenameSpeakerDialog.js';
import { useObservable } from './use-observable.js';

/** Shows the open dialog and carries out what it answers. */
export function DialogLayer({ workspace }: { workspace: Workspace }) {
  const { editor, session, overlays, settings } = workspace;
  const dialog = useObservable(overlays.dialog);
  const hostName = useObservable(settings.hostName);
  const audio = useObservable(workspace.audio.state);
  const close = () => {
    overlays.closeDialog();
    editor.focus();
  };
  switch (dialog?.kind) {
    case undefined:
      return null;
    case 'help':
      return <HelpOverlay onClose={close} />;
    case 'rename':
      return (
        <RenameSpeakerDialog
          roster={roster(editor.state)}
          initial={currentSpeaker(editor.state)}
          onRename={(from, to) => {
            editor.run(renameSpeaker(from, to));
            close();
          }}
          onCancel={close}
        />
      );
    case 'host':
      return (
        <PromptDialog
          title="Host name"
          label="Host name"
          initial={hostName}
          hint="Offered first when assigning speakers, in every episode."
          onSubmit={(name) => {
            void settings.setHostName(name).catch((err: unknown) => session.fail(err));
            close();
          }}
          onCancel={close}
        />
      );
    case 'import':
      return (
        <ImportDialog
          raw={dialog.raw}
          open={documentFromState(editor.state)}
          durationSec={audio.status === 'ready' ? audio.duration : undefined}
          onImport={(doc, into) => {
            close();
            if (into === 'open') editor.dispatch(replaceAllItems(editor.state, doc.items));
            else void session.confirmLeave().then((ok) => ok && session.showNew(doc, dialog.raw.path.replace(/\.[^./\\]+$/, '') + '.md'));
          }}
          onCancel={close}
        />
      );
  }
}
