import { RangeSetBuilder, type EditorState } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, WidgetType, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import type { TranscriptItem } from '../../../shared/episode/index.js';
import { shortcutLabel } from '../../../shared/commands.js';
import { IS_MAC } from '../platform.js';
import { NEWLINE_MARK } from './line-text.js';
import { speakerStatsField } from './speaker-stats.js';
import { transcriptChanged, transcriptField } from './transcript-field.js';

/** What a click on a turn's time or speaker asks for; the editor wrapper turns it into an event. */
export interface TurnHeadClick {
  readonly part: 'time' | 'who';
  readonly index: number;
  /** 1 for a click, 2 for a double click. */
  readonly clicks: number;
  readonly anchor: DOMRect;
}

/** The turn head: time and speaker shown before the line's text. */
class TurnHeadWidget extends WidgetType {
  constructor(
    readonly time: string | undefined,
    readonly who: string | undefined,
    readonly color: string,
    readonly continuation: boolean,
    readonly estimated: boolean,
  ) {
    super();
  }

  override eq(other: TurnHeadWidget): boolean {
    return other.time === this.time && other.who === this.who && other.color === this.color && other.continuation === this.continuation && other.estimated === this.estimated;
  }

  toDOM(): HTMLElement {
    const head = document.createElement('span');
    head.className = 'cm-turn-head';
    const time = head.appendChild(document.createElement('button'));
    time.className = this.time === undefined ? 'cm-turn-time cm-turn-time-none' : this.estimated ? 'cm-turn-time cm-turn-time-estimated' : 'cm-turn-time';
    time.dataset['part'] = 'time';
    time.textContent = this.time === undefined ? '+time' : this.time.replace(/\n/g, '⏎');
    time.title =
      this.time === undefined
        ? 'Add a time'
        : `${this.estimated ? `Estimated time: confirm it (${shortcutLabel('time.confirm', IS_MAC)}) or set it. ` : ''}Play from here (click); edit the time (double-click)`;
    const who = head.appendChild(document.createElement('button'));
    who.className = this.continuation ? 'cm-turn-who cm-turn-who-continued' : 'cm-turn-who';
    who.dataset['part'] = 'who';
    who.textContent = this.who ?? 'speaker?';
    who.style.color = this.color;
    who.title = 'Change the speaker (click)';
    return head;
  }

  /** Mouse presses reach the plugin's handler (which opens the pickers); nothing else reaches the editor. */
  override ignoreEvent(event: Event): boolean {
    return event.type !== 'mousedown';
  }
}

/** A visible mark for a line break inside an item. */
class NewlineWidget extends WidgetType {
  toDOM(): HTMLElement {
    const mark = document.createElement('span');
    mark.className = 'cm-item-newline';
    mark.textContent = '⏎';
    mark.title = 'Line break inside this item';
    return mark;
  }
}

const headerLine = Decoration.line({ class: 'cm-header-line' });
const unknownLine = Decoration.line({ class: 'cm-unknown-line', attributes: { title: 'An item that is neither a turn nor a header: kept as it is, read-only' } });
const newlineMark = Decoration.replace({ widget: new NewlineWidget() });

function buildDecorations(view: EditorView): DecorationSet {
  const { state } = view;
  const { items } = state.field(transcriptField);
  const { colors } = state.field(speakerStatsField);
  const builder = new RangeSetBuilder<Decoration>();
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to; ) {
      const line = state.doc.lineAt(pos);
      const item = items[line.number - 1];
      if (item) addLine(builder, item, line.from, colors, previousSpeaker(state, line.number - 1));
      for (let i = line.text.indexOf(NEWLINE_MARK); i !== -1; i = line.text.indexOf(NEWLINE_MARK, i + 1)) {
        builder.add(line.from + i, line.from + i + 1, newlineMark);
      }
      pos = line.to + 1;
    }
  }
  return builder.finish();
}

function addLine(builder: RangeSetBuilder<Decoration>, item: TranscriptItem, from: number, colors: ReadonlyMap<string, string>, before: string | undefined) {
  if (item.kind === 'header') builder.add(from, from, headerLine);
  else if (item.kind === 'unknown') builder.add(from, from, unknownLine);
  else {
    const color = (item.who !== undefined && colors.get(item.who)) || '#6b7280';
    const continuation = item.time === undefined && item.who !== undefined && item.who === before;
    builder.add(from, from, Decoration.widget({ widget: new TurnHeadWidget(item.time, item.who, color, continuation, item.estimated === true), side: -1 }));
  }
}

function previousSpeaker(state: EditorState, index: number): string | undefined {
  const { items } = state.field(transcriptField);
  for (let i = index - 1; i >= 0; i--) {
    const item = items[i]!;
    if (item.kind === 'turn') return item.who;
    if (item.kind === 'header') return undefined;
  }
  return undefined;
}

/** Draws turn heads, header lines and line-break marks for the lines in view only. */
export function turnDecorations(onClick: (click: TurnHeadClick) => void) {
  return ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;
      constructor(view: EditorView) {
        this.decorations = buildDecorations(view);
      }
      update(update: ViewUpdate) {
        if (transcriptChanged(update) || update.viewportChanged) this.decorations = buildDecorations(update.view);
      }
    },
    {
      decorations: (plugin) => plugin.decorations,
      eventHandlers: {
        mousedown(event: MouseEvent, view: EditorView) {
          const target = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-part]') : null;
          const part = target?.dataset['part'];
          if (!target || (part !== 'time' && part !== 'who')) return false;
          event.preventDefault();
          const index = view.state.doc.lineAt(view.posAtDOM(target)).number - 1;
          onClick({ part, index, clicks: event.detail, anchor: target.getBoundingClientRect() });
          return true;
        },
      },
    },
  );
}
