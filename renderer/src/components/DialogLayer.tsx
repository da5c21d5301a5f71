import { lazy, Suspense } from 'react';
import { currentSpeaker, renameSpeaker } from '../editor/speaker-commands.js';
import { roster } from '../editor/speaker-roster.js';
import { retimeTurns, shiftedTurns, shiftTimes } from '../editor/time-commands.js';
import { documentFromState, replaceAllItems, transcriptField } from '../editor/transcript-field.js';
import { formatTime } from '../../../shared/episode/index.js';
import { baseName } from '../../../shared/paths.js';
import { readTimeInput, resolveTimeInput } from '../../../shared/episode/time-input.js';
import type { Workspace } from '../app/create-workspace.js';
import { useObservable } from './use-observable.js';

// Dialogs are chunks of their own (the importer with them): the first screen never waits for them.
const CompareDialog = lazy(() => import('./CompareDialog.js').then((m) => ({ default: m.CompareDialog })));
const AlignDialog = lazy(() => import('./AlignDialog.js').then((m) => ({ default: m.AlignDialog })));
const ExportDialog = lazy(() => import('./ExportDialog.js').then((m) => ({ default: m.ExportDialog })));
const HelpOverlay = lazy(() => import('./HelpOverlay.js').then((m) => ({ default: m.HelpOverlay })));
const ImportDialog = lazy(() => import('./ImportDialog.js').then((m) => ({ default: m.ImportDialog })));
const PromptDialog = lazy(() => import('./PromptDialog.js').then((m) => ({ default: m.PromptDialog })));
const RecoveryDialog = lazy(() => import('./RecoveryDialog.js').then((m) => ({ default: m.RecoveryDialog })));
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
  const diskChange = useObservable(workspace.changes.change);
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
    case 'align':
      return (
        <AlignDialog
          source={dialog.source}
          items={editor.state.field(transcriptField).items}
          onApply={(items) => {
            close();
            editor.run(retimeTurns(items));
          }}
          onCancel={close}
        />
      );
    case 'export':
      return (
        <ExportDialog
          doc={documentFromState(editor.state)}
          episodeName={session.current.name}
          initial={workspace.exports.last.get()}
          onExport={(made, choice) => {
            close();
            void workspace.exports.write(made, choice, session.current.path).then(
              (saved) => saved && session.notify(`Exported ${baseName(saved.path)}`),
              (err: unknown) => session.fail(err),
            );
          }}
          onCancel={close}
        />
      );
    case 'shift':
      return <ShiftTimesDialog workspace={workspace} onClose={close} />;
    case 'compare':
      // Answered elsewhere (the bar, or another change that made it moot): nothing left to compare.
      return diskChange ? <CompareDialog changes={workspace.changes} change={diskChange} onClose={close} onError={(err) => session.fail(err)} /> : null;
    case 'recovery':
      return <RecoveryDialog offer={dialog.offer} onDone={close} onError={(err) => session.fail(err)} />;
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

/** Time › Shift Times from Here: an offset (`+2`, `-1:30`) or the time the first turn should start at. */
function ShiftTimesDialog({ workspace, onClose }: { workspace: Workspace; onClose: () => void }) {
  const { editor } = workspace;
  const targets = shiftedTurns(editor.state);
  const first = editor.state.field(transcriptField).items[targets[0] ?? -1];
  const from = first?.kind === 'turn' ? first.sec : undefined;
  const turns = `${targets.length} turn${targets.length === 1 ? '' : 's'}`;
  return (
    <PromptDialog
      title="Shift times"
      label="Shift by (+2, -1:30), or start the first turn at (12:05)"
      initial=""
      check={(value) => {
        if (from === undefined) return { ok: false, hint: 'There is no timed turn here to shift.' };
        if (value.trim() === '') return { ok: false, hint: `Moves ${turns}, from ${formatTime(from)} on.` };
        const input = readTimeInput(value);
        const to = resolveTimeInput(input, from);
        if (input.kind === 'invalid' || to === undefined) return { ok: false, hint: input.kind === 'invalid' ? input.message : '' };
        return { ok: to !== from, hint: `Moves ${turns}: the first from ${formatTime(from)} to ${formatTime(to)}.` };
      }}
      onSubmit={(value) => {
        onClose();
        editor.run(shiftTimes(readTimeInput(value)));
      }}
      onCancel={onClose}
    />
  );
}
