import { useEffect, useMemo, useRef } from 'react';
import { formatTime, type TurnSpan } from '../../../shared/episode/index.js';

/** Props of the speaker overview. */
export interface SpeakerOverviewProps {
  readonly spans: readonly TurnSpan[];
  readonly colors: ReadonlyMap<string, string>;
  /** The audio's length when known; else the last turn's start. */
  readonly duration: number | undefined;
  /** Called with a time when the strip is clicked. */
  readonly onSeek: (seconds: number) => void;
}

/** Talk time per speaker and a thin strip of who speaks when. */
export function SpeakerOverview({ spans, colors, duration, onSeek }: SpeakerOverviewProps) {
  const strip = useRef<HTMLCanvasElement>(null);
  const end = duration ?? spans.at(-1)?.start ?? 0;
  const talk = useMemo(() => talkTime(spans, end), [spans, end]);
  const total = [...talk.values()].reduce((a, b) => a + b, 0);

  useEffect(() => {
    const canvas = strip.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || end <= 0) return;
    canvas.width = canvas.clientWidth * devicePixelRatio;
    canvas.height = canvas.clientHeight * devicePixelRatio;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    for (const span of spans) {
      const spanEnd = Math.min(span.end === Infinity ? end : span.end, end);
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
        {[...talk].map(([who, seconds]) => (
          <li key={who}>
            <span className="swatch" style={{ background: colors.get(who) ?? '#94a3b8' }} />
            <span className="talk-who">{who}</span>
            <span className="talk-seconds">{formatTime(seconds)}</span>
            <span className="talk-share">{total > 0 ? Math.round((seconds / total) * 100) : 0}%</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Seconds each speaker talks: each timed turn counts until the next one (the last one until `end`). */
export function talkTime(spans: readonly TurnSpan[], end: number): Map<string, number> {
  const talk = new Map<string, number>();
  for (const span of spans) {
    const who = span.who ?? '(no speaker)';
    const spanEnd = span.end === Infinity ? end : span.end;
    talk.set(who, (talk.get(who) ?? 0) + Math.max(0, spanEnd - span.start));
  }
  return new Map([...talk].sort((a, b) => b[1] - a[1]));
}
