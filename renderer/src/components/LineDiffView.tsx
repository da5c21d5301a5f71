import type { DiffHunk } from '../../../shared/line-diff.js';

/** A line diff's hunks, `−` for the old text's lines and `+` for the new one's, each headed by where it starts in both (`oldName`, `newName`). */
export function LineDiffView({ hunks, oldName, newName }: { hunks: readonly DiffHunk[]; oldName: string; newName: string }) {
  return (
    <div className="compare-diff" aria-label="Differences">
      {hunks.map((hunk) => (
        <div className="diff-hunk" key={`${hunk.oldStart}:${hunk.newStart}`}>
          <div className="diff-where">
            line {hunk.oldStart} {oldName}, {hunk.newStart} {newName}
          </div>
          {hunk.lines.map((line, i) => (
            <div key={i} className={`diff-line diff-${line.kind}`}>
              {line.kind === 'old' ? '−' : line.kind === 'new' ? '+' : ' '} {line.text}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
