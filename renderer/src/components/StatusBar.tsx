import { commandTitle } from '../../../shared/commands.js';
import type { Workspace } from '../app/create-workspace.js';
import { problemCountsField } from '../editor/problem-marks.js';
import { IS_MAC } from '../platform.js';
import { useObservable } from './use-observable.js';

/** The file, its state and its problem counts; the counts open the problems panel. */
export function StatusBar({ workspace }: { workspace: Workspace }) {
  const session = useObservable(workspace.session.state);
  const items = useObservable(workspace.editor.observable, (state) => state.doc.lines);
  const { errors, warnings } = useObservable(workspace.editor.observable, (state) => state.field(problemCountsField));
  const listening = useObservable(workspace.alignment.progress);
  return (
    <footer className="status-bar">
      <span className="status-file" title={session.path}>
        {session.name}
        {session.dirty ? ' • unsaved changes' : ''}
      </span>
      {session.readOnly && (
        <span className="status-read-only" title={session.readOnly}>
          read-only
        </span>
      )}
      {session.notice && <span className="status-notice">{session.notice}</span>}
      {listening !== undefined && (
        <span className="status-listening" role="status">
          <progress max={1} value={listening} aria-label="Listening to the audio" /> Listening to the audio… {Math.floor(listening * 100)}%{' '}
          <button onClick={() => workspace.alignment.cancel()}>Cancel</button>
        </span>
      )}
      <span className="status-spacer" />
      <span>{count(items, 'item')}</span>
      <button className="status-problems" onClick={() => workspace.run('view.problems')} title={commandTitle('view.problems', IS_MAC)}>
        <span className={errors ? 'count-errors' : ''}>{count(errors, 'error')}</span>, {count(warnings, 'warning')}
      </button>
    </footer>
  );
}

/** `1 error`, `2 errors`. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
