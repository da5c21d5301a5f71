import type { SessionState } from '../app/episode-session.js';

/** Counts shown at the bottom of the window. */
export interface StatusCounts {
  readonly turns: number;
  readonly errors: number;
  readonly warnings: number;
}

/** The file, its state and its problem counts; the counts open the problems panel. */
export function StatusBar({ session, counts, onProblems }: { session: SessionState; counts: StatusCounts; onProblems: () => void }) {
  return (
    <footer className="status-bar">
      <span className="status-file" title={session.path}>
        {session.name}
        {session.dirty ? ' • unsaved changes' : ''}
      </span>
      {session.notice && <span className="status-notice">{session.notice}</span>}
      <span className="status-spacer" />
      <span>{counts.turns} items</span>
      <button className="status-problems" onClick={onProblems} title="Toggle the problems panel">
        <span className={counts.errors ? 'count-errors' : ''}>{counts.errors} errors</span>, {counts.warnings} warnings
      </button>
    </footer>
  );
}
