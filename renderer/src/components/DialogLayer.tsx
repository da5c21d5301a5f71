import type { Api } from '../../../shared/api.js';
import type { AudioState } from '../app/audio-session.js';
import { currentSpeaker, renameSpeaker, roster } from '../editor/speaker-commands.js';
import { replaceAllItems } from '../editor/transcript-field.js';
import type { Workspace } from '../app/workspace.js';
import { HelpOverlay } from './HelpOverlay.js';
import { ImportDialog } from './ImportDialog.js';
import { PromptDialog } from './PromptDialog.js';
import { RenameSpeakerDialog } from './RenameSpeakerDialog.js';

/** The dialog open over the window, if any. */
export type OpenDialog =
  | { readonly kind: 'help' }
  | { readonly kind: 'rename' }
  | { readonly kind: 'host'; readonly current: string }
  | { readonly kind: 'import'; readonly raw: { readonly path: string; readonly text: string } }
  | undefined;

/** Props of the dialog layer. */
export interface DialogLayerProps {
  readonly dialog: OpenDialog;
  readonly workspace: Workspace;
  readonly api: Api;
  readonly audio: AudioState;
  readonly onHostName: (name: string) => void;
  readonly onClose: () => void;
}

/** Shows the open dialog and carries out what it answers. */
export function DialogLayer({ dialog, workspace, api, audio, onHostName, onClose }: DialogLayerProps) {
  const { editor, session } = workspace;
  const close = () => {
    onClose();
    editor.view.focus();
  };
  switch (dialog?.kind) {
    case undefined:
      return null;
    case 'help':
      return <HelpOverlay onClose={close} />;
    case 'rename':
      return (
        <RenameSpeakerDialog
          roster={roster(editor.view.state)}
          initial={currentSpeaker(editor.view.state)}
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
          initial={dialog.current}
          hint="Offered first when assigning speakers, in every episode."
          onSubmit={(name) => {
            void api.updateSettings({ hostName: name }).then((s) => onHostName(s.hostName ?? ''));
            close();
          }}
          onCancel={close}
        />
      );
    case 'import':
      return (
        <ImportDialog
          raw={dialog.raw}
          open={editor.document()}
          durationSec={audio.status === 'ready' ? audio.duration : undefined}
          onImport={(doc, into) => {
            close();
            if (into === 'open') editor.view.dispatch(replaceAllItems(editor.view.state, doc.items));
            else void session.confirmLeave().then((ok) => ok && session.showNew(doc, dialog.raw.path.replace(/\.[^./\\]+$/, '') + '.md'));
          }}
          onCancel={close}
        />
      );
  }
}
