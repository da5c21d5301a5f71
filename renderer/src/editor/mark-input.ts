import { RangeSetBuilder, type Extension } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, WidgetType, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import { escapeMarks, markEscapes } from './line-text.js';

/** An escape pair shown as the one character it stands for. */
class EscapedCharWidget extends WidgetType {
  constructor(private readonly char: string) {
    super();
  }

  override eq(other: EscapedCharWidget): boolean {
    return other.char === this.char;
  }

  toDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'cm-escaped-char';
    span.textContent = this.char;
    span.title = `U+${this.char.codePointAt(0)!.toString(16).toUpperCase()} (a private-use character, kept as it is)`;
    return span;
  }
}

function escapeDecorations(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to; ) {
      const line = view.state.doc.lineAt(pos);
      for (const { at, char } of markEscapes(line.text)) {
        builder.add(line.from + at, line.from + at + 2, Decoration.replace({ widget: new EscapedCharWidget(char) }));
      }
      pos = line.to + 1;
    }
  }
  return builder.finish();
}

/** Escape pairs are shown as one character, and the cursor and Backspace take each as one: half of one would read as something else. */
const escapedChars = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = escapeDecorations(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged) this.decorations = escapeDecorations(update.view);
    }
  },
  {
    decorations: (plugin) => plugin.decorations,
    provide: (plugin) => EditorView.atomicRanges.of((view) => view.plugin(plugin)?.decorations ?? Decoration.none),
  },
);

/** Typed text with a private-use character the editor uses itself (a compose key, an input method) goes in escaped. */
const escapeTyped = EditorView.inputHandler.of((view, from, to, text) => {
  const escaped = escapeMarks(text);
  if (escaped === text) return false;
  view.dispatch({ changes: { from, to, insert: escaped }, selection: { anchor: from + escaped.length }, userEvent: 'input.type' });
  return true;
});

/**
 * No character the user types, pastes or drops collides with the editor's own line-break mark or its
 * escape (line-text.ts): each goes in escaped, and is written back as itself.
 */
export const markInput: Extension = [EditorView.clipboardInputFilter.of((text) => escapeMarks(text)), escapeTyped, escapedChars];
