import { lazy, Suspense } from 'react';
import { currentSpeaker, renameSpeaker, roster } from '../editor/speaker-commands.js';
import { documentFromState, replaceAllItems } from '../editor/transcript-field.js';
import type { Workspace } from '../app/create-workspace.js';
import { useObservable } from './use-observable.js';

// Dialogs are chunks of their own (the importer with them): the first screen never waits for them.
const HelpOverlay = lazy(() => import('./HelpOverlay.js').then((m) => ({ default: m.HelpOverlay })));
const ImportDialog = lazy(() => import('./ImportDialog.js').then((m) => ({ default: m.ImportDialog })));
const PromptDialog = lazy(() => import('./PromptDialog.js').then((m) => ({ default: m.PromptDialog })));
const RenameSpeakerDialog = lazy(() => import('./RenameSpeakerDialog.js').then((m) => ({ default: m.RenameSpeakerDialog })));

/** Shows the open dialog (once its chunk has loaded) and carries out what it answers. */
export function DialogLayer({ workspace }: { workspace: Workspace }) {
  return (
    <Suspense fallback={null}>
      <OpenDialogView workspace={workspace} />
    </Suspense>
  );
}

function OpenDialogView({ workspace }: { workspace: Workspace }) {
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
            // Into the open episode once it is whole in the editor (a long file's first screen takes no change).
            if (into === 'open') void session.whenLoaded().then(() => editor.dispatch(replaceAllItems(editor.state, doc.items)));
            else void session.confirmLeave().then((ok) => ok && session.showNew(doc, dialog.raw.path.replace(/\.[^./\\]+$/, '') + '.md'));
          }}
          onCancel={close}
        />
      );
  }
}
