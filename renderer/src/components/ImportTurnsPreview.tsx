import type { TranscriptItem } from '../../../shared/episode/index.js';
import { speakerColors } from '../editor/speaker-colors.js';

/** Props of the import dialog's preview of the first items. */
export interface ImportTurnsPreviewProps {
  /** The items of the episode as the import will make it. */
  readonly items: readonly TranscriptItem[];
  /** How many items to show. */
  readonly count?: number;
}

/** The longest text shown of one turn; the rest is cut at a word with `…`. */
const MAX_CHARS = 140;

/** The first turns (and headers) as the import will create them: each turn's time, speaker and text. */
export function ImportTurnsPreview({ items, count = 5 }: ImportTurnsPreviewProps) {
  const first = items.slice(0, count);
  const speakers = [...new Set(items.flatMap((item) => (item.kind === 'turn' && item.who !== undefined ? [item.who] : [])))];
  const colors = speakerColors(speakers);
  if (first.length === 0) return null;
  return (
    <ol className="import-turns" aria-label="First turns">
      {first.map((item, i) =>
        item.kind === 'turn' ? (
          <li key={i} className="import-turn">
            <span className="import-turn-time" title={item.estimated ? 'estimated' : undefined}>
              {item.time === undefined ? '–' : `${item.estimated ? '≈' : ''}${item.time}`}
            </span>
            <span className={item.who === undefined ? 'import-turn-who none' : 'import-turn-who'} style={item.who === undefined ? undefined : { color: colors.get(item.who) }}>
              {item.who ?? 'no speaker'}
            </span>
            <span className="import-turn-line">{shorten(item.line)}</span>
          </li>
        ) : (
          <li key={i} className="import-turn import-turn-header">
            {item.kind === 'header' ? item.header : 'unknown item'}
          </li>
        ),
      )}
    </ol>
  );
}

function shorten(line: string): string {
  if (line.length <= MAX_CHARS) return line;
  const cut = line.lastIndexOf(' ', MAX_CHARS - 1);
  return `${line.slice(0, cut > 0 ? cut : MAX_CHARS - 1)}…`;
}
