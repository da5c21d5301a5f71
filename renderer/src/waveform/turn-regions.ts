import type RegionsPlugin from 'wavesurfer.js/dist/plugins/regions.js';
import type { SpeakerSpan } from '../../../shared/episode/index.js';

/** What a turn region's id starts with; the item's index follows. */
const ID_PREFIX = 'turn-';

/** The transcript item a turn region stands for, from its id; undefined for any other region. */
export function turnIndexOf(regionId: string): number | undefined {
  const match = new RegExp(`^${ID_PREFIX}(\\d+)$`).exec(regionId);
  return match ? Number(match[1]) : undefined;
}

/** How far beyond the visible window regions are kept, so that small scrolls need no redraw. */
const MARGIN_SECONDS = 30;

/**
 * The turn regions on the waveform, made only for the window in view: a 3-hour episode has
 * thousands of turns, and a DOM element for each would make scrolling and zooming slow.
 */
export class TurnRegions {
  private spans: readonly SpeakerSpan[] = [];
  private colors: ReadonlyMap<string, string> = new Map();
  private shown = { from: 0, to: -1 };

  constructor(private readonly regions: RegionsPlugin) {}

  /** New turn spans and speaker colours; redraws the window last shown. */
  setTurns(spans: readonly SpeakerSpan[], colors: ReadonlyMap<string, string>): void {
    this.spans = spans;
    this.colors = colors;
    this.render(this.shown.from + MARGIN_SECONDS, this.shown.to - MARGIN_SECONDS, true);
  }

  /** Makes sure the turns overlapping [start, end] (seconds) have regions. */
  show(start: number, end: number): void {
    if (start >= this.shown.from && end <= this.shown.to) return;
    this.render(start, end, false);
  }

  /** How many regions exist now (for tests and benchmarks). */
  get count(): number {
    return this.regions.getRegions().length;
  }

  private render(start: number, end: number, force: boolean): void {
    const from = Math.max(0, start - MARGIN_SECONDS);
    const to = end + MARGIN_SECONDS;
    if (!force && from === this.shown.from && to === this.shown.to) return;
    this.shown = { from, to };
    this.regions.clearRegions();
    for (const span of this.spans) {
      if (span.end < from || span.start > to || span.end <= span.start) continue;
      const color = (span.who !== undefined && this.colors.get(span.who)) || '#64748b';
      // The start handle sets the turn's time (see turnIndexOf); the end is the next turn's start, not this one's to move.
      this.regions.addRegion({ id: `${ID_PREFIX}${span.index}`, start: span.start, end: span.end, color: `${color}22`, drag: false, resize: true, resizeStart: true, resizeEnd: false });
    }
  }
}
