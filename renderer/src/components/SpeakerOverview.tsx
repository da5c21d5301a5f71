import { useEffect, useRef } from 'react';
import { formatTime } from '../../../shared/episode/index.js';
import type { TurnsOverview } from '../app/playback-sync.js';

/** Props of the speaker overview. */
export interface SpeakerOverviewProps {
  readonly turns: TurnsOverview;
  /** The speakers Alt+1…9 assign, in that order. */
  readonly roster: readonly string[];
  /** Called with a time when the strip is clicked. */
  readonly onSeek: (seconds: number) => void;
}

/** Talk time per speaker and a thin strip of who speaks when. */
export function SpeakerOverview({ turns, roster, onSeek }: SpeakerOverviewProps) {
  const { spans, colors, talk, end } = turns;
  const strip = useRef<HTMLCanvasElement>(null);
  const total = talk.reduce((sum, t) => sum + t.seconds, 0);

  useEffect(() => {
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
          onSeek(((e.clientX - box.left) / box.width) * end);
        }}
      />
      <ul className="talk-time">
        {talk.map(({ who, seconds, turns: count }) => (
          <li key={who ?? ''} title={`${count} paragraphs`}>
            {who !== undefined && roster.indexOf(who) >= 0 && roster.indexOf(who) < 9 && <kbd title="Assigns this speaker">Alt+{roster.indexOf(who) + 1}</kbd>}
            <span className="swatch" style={{ background: (who !== undefined && colors.get(who)) || '#94a3b8' }} />
            <span className="talk-who">{who ?? '(no speaker)'}</span>
            <span className="talk-seconds">{formatTime(seconds)}</span>
            <span className="talk-share">{total > 0 ? Math.round((seconds / total) * 100) : 0}%</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
