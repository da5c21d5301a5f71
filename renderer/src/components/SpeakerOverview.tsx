import { useEffect, useRef } from 'react';
import { shortcutLabel, speakerCommandId } from '../../../shared/commands.js';
import { formatTime } from '../../../shared/episode/index.js';
import { percentLabels } from '../../../shared/episode/shares.js';
import type { Workspace } from '../app/create-workspace.js';
import { moveSpeaker } from '../app/speaker-order.js';
import { rosterField } from '../editor/speaker-roster.js';
import { speakerStatsField } from '../editor/speaker-stats.js';
import { IS_MAC } from '../platform.js';
import { useObservable } from './use-observable.js';

/** The drag data type of a speaker row in the overview. */
const SPEAKER_DRAG_TYPE = 'application/x-episode-speaker';

/** Talk time per speaker, in the order of their keys (Alt+1…9), and a thin strip of who speaks when; a click on the strip plays from there. */
export function SpeakerOverview({ workspace }: { workspace: Workspace }) {
  const { spans, colors, talk, end } = useObservable(workspace.editor.observable, (state) => state.field(speakerStatsField));
  // The roster changes with the stats (a new speaker) and the host name; both are read when either changes.
  useObservable(workspace.settings.hostName);
  const roster = workspace.roster();
  const place = (who: string | undefined) => (who === undefined || !roster.includes(who) ? roster.length : roster.indexOf(who));
  const rows = [...talk].sort((a, b) => place(a.who) - place(b.who));
  // A speaker dragged onto another takes its place (and key, and colour); the order is kept for the episode.
  const reorder = (dragged: string, target: string) => workspace.speakerOrder.set(moveSpeaker(workspace.editor.state.field(rosterField), dragged, target));
  const strip = useRef<HTMLCanvasElement>(null);
  // Shares that add up as a reader expects (`99%` beside `<1%`, never `100%` beside `0%`).
  const labels = percentLabels(talk.map((t) => t.seconds));
  const shares = new Map(talk.map((t, i) => [t.who, labels[i]]));

  useEffect(() => {
    // Drawn with the next frame: reading the strip's size here would force the page's layout before it paints.
    const frame = requestAnimationFrame(() => {
      const canvas = strip.current;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx || end <= 0) return;
      canvas.width = canvas.clientWidth * devicePixelRatio;
      canvas.height = canvas.clientHeight * devicePixelRatio;
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      for (const span of spans) {
        const spanEnd = Math.min(span.end, end);
        ctx.fillStyle = (span.who !== undefined && colors.get(span.who)) || '#94a3b8';
        ctx.fillRect((span.start / end) * canvas.width, 0, Math.max(1, ((spanEnd - span.start) / end) * canvas.width), canvas.height);
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [spans, colors, end]);

  if (spans.length === 0) return null;
  return (
    <div className="speaker-overview" aria-label="Speakers">
      <canvas
        ref={strip}
        className="speaker-strip"
        aria-label="Who speaks when"
        onClick={(e) => {
          const box = e.currentTarget.getBoundingClientRect();
          const seconds = ((e.clientX - box.left) / box.width) * end;
          workspace.waveform.seek(seconds);
          workspace.sync.revealTime(seconds);
        }}
      />
      <ul className="talk-time">
        {rows.map(({ who, seconds, turns: count }) => {
          const n = who === undefined ? -1 : roster.indexOf(who);
          const id = n >= 0 ? speakerCommandId(n + 1) : undefined;
          const key = id && shortcutLabel(id, IS_MAC);
          return (
            <li
              key={who ?? ''}
              title={key ? `${count} paragraphs; drag onto another speaker to take its key` : `${count} paragraphs`}
              draggable={key !== undefined}
              onDragStart={(e) => who !== undefined && e.dataTransfer.setData(SPEAKER_DRAG_TYPE, who)}
              onDragOver={(e) => key && e.dataTransfer.types.includes(SPEAKER_DRAG_TYPE) && e.preventDefault()}
              onDrop={(e) => {
                const dragged = e.dataTransfer.getData(SPEAKER_DRAG_TYPE);
                if (!dragged || who === undefined) return;
                e.preventDefault();
                reorder(dragged, who);
              }}
            >
              {key && <kbd title="Assigns this speaker">{key}</kbd>}
              <span className="swatch" style={{ background: (who !== undefined && colors.get(who)) || '#94a3b8' }} />
              <span className="talk-who">{who ?? '(no speaker)'}</span>
              <span className="talk-seconds">{formatTime(seconds)}</span>
              <span className="talk-share">{shares.get(who)}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
