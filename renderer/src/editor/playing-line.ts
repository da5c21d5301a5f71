import { StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView } from '@codemirror/view';

/** Marks the item being played (by index), or none. */
export const setPlayingItem = StateEffect.define<number | null>();

const playingLine = Decoration.line({ class: 'cm-playing-line' });

/** The item the audio is in, highlighted; changed by effects only, so it never enters the undo history. */
export const playingItemField = StateField.define<number | null>({
  create: () => null,
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(setPlayingItem)) value = effect.value;
    return value !== null && value >= tr.state.doc.lines ? null : value;
  },
  provide: (field) =>
    EditorView.decorations.compute([field], (state) => {
      const index = state.field(field);
      if (index === null) return Decoration.none;
      return Decoration.set([playingLine.range(state.doc.line(index + 1).from)]);
    }),
});
