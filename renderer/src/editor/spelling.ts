import { Facet, RangeSetBuilder, StateEffect, type EditorState, type Extension } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import type { Speller } from '../spelling/speller.js';
import { nameWords, spellingWords, type SpellingWord } from '../spelling/spelling-words.js';
import { frontmatterGuests } from './speaker-commands.js';
import { rosterField } from './speaker-roster.js';

/** The speller the transcript's spell check asks (none: no spell check). */
export const transcriptSpeller = Facet.define<Speller | null, Speller | null>({ combine: (values) => values[0] ?? null });

/** Words never flagged: the podcast's own dictionary ("Add to Dictionary"). */
export const dictionaryWords = Facet.define<readonly string[], readonly string[]>({ combine: (values) => values.flat() });

/** Answers arrived from the speller: the marks are drawn again. */
const spellingChecked = StateEffect.define<null>();

const misspelledMark = Decoration.mark({ class: 'cm-misspelled' });

/** A word as the ignore list compares it: in lower case, without a possessive `'s`. */
const ignoreKey = (word: string) => word.toLocaleLowerCase().replace(/'s$/, '');

/** The words never flagged in this state: the dictionary's, every speaker's and the frontmatter's guests' names. */
function ignoredWords(state: EditorState): Set<string> {
  const names = nameWords([...state.field(rosterField), ...frontmatterGuests(state)]);
  return new Set([...state.facet(dictionaryWords), ...names].map(ignoreKey));
}

/** A word the dictionary does not know, where it is in the document. */
export type Misspelling = SpellingWord;

/** Marks the words of the visible lines that the speller does not know, asking it in the background. */
class SpellCheck {
  decorations: DecorationSet = Decoration.none;
  /** What the speller said of each word it was asked about: known or not. */
  private readonly known = new Map<string, boolean>();
  private ignored: Set<string>;
  private asking = false;
  private destroyed = false;

  constructor(private readonly view: EditorView) {
    this.ignored = ignoredWords(view.state);
    this.redraw();
  }

  update(update: ViewUpdate): void {
    const reconfigured = update.startState.facet(dictionaryWords) !== update.state.facet(dictionaryWords) || update.startState.field(rosterField) !== update.state.field(rosterField) || update.startState.facet(transcriptSpeller) !== update.state.facet(transcriptSpeller);
    if (reconfigured || update.docChanged) this.ignored = ignoredWords(update.state);
    const answered = update.transactions.some((tr) => tr.effects.some((e) => e.is(spellingChecked)));
    if (reconfigured || answered || update.docChanged || update.viewportChanged || update.selectionSet) this.redraw();
  }

  destroy(): void {
    this.destroyed = true;
  }

  /** The misspelled word at a document position, if one is marked there. */
  at(pos: number): Misspelling | undefined {
    let found: Misspelling | undefined;
    this.decorations.between(pos, pos, (from, to) => {
      found = { from, to, word: this.view.state.sliceDoc(from, to).replace(/’/g, "'") };
      return false;
    });
    return found;
  }

  private redraw(): void {
    const { state } = this.view;
    const speller = state.facet(transcriptSpeller);
    const builder = new RangeSetBuilder<Decoration>();
    const unasked = new Set<string>();
    if (speller) {
      const head = state.selection.main.empty ? state.selection.main.head : -1;
      for (const { from, to } of this.view.visibleRanges) {
        for (let pos = from; pos <= to; ) {
          const line = state.doc.lineAt(pos);
          for (const word of spellingWords(line.text)) {
            if (this.ignored.has(ignoreKey(word.word))) continue;
            const known = this.known.get(word.word);
            if (known === undefined) unasked.add(word.word);
            // The word being typed is not flagged until the cursor leaves it, as a word processor does.
            else if (!known && line.from + word.to !== head) builder.add(line.from + word.from, line.from + word.to, misspelledMark);
          }
          pos = line.to + 1;
        }
      }
    }
    this.decorations = builder.finish();
    if (speller && unasked.size > 0) void this.ask(speller, [...unasked]);
  }

  private async ask(speller: Speller, words: string[]): Promise<void> {
    // One question at a time: the next redraw asks for what is still unknown.
    if (this.asking) return;
    this.asking = true;
    const known = await speller.check(words).catch((err: unknown) => void console.warn(`spell check: ${String(err)}`));
    this.asking = false;
    if (!known || this.destroyed) return;
    words.forEach((word, i) => this.known.set(word, known[i] ?? true));
    this.view.dispatch({ effects: spellingChecked.of(null) });
  }
}

const spellCheckPlugin = ViewPlugin.fromClass(SpellCheck, { decorations: (plugin) => plugin.decorations });

/** The misspelled word marked at a position of the view's document, if any. */
export function misspellingAt(view: EditorView, pos: number): Misspelling | undefined {
  return view.plugin(spellCheckPlugin)?.at(pos);
}

/** Spell check of the transcript: words the speller does not know get a wavy underline. */
export const spellCheck: Extension = [
  spellCheckPlugin,
  EditorView.baseTheme({
    '.cm-misspelled': { textDecoration: 'underline wavy #d93025', textDecorationSkipInk: 'none', textUnderlineOffset: '3px' },
  }),
];
