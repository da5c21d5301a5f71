import { readFileSync } from 'node:fs';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { parseEpisode, serializeEpisode, type Turn } from '../../../shared/episode/index.js';
import { NEWLINE_MARK } from '../../../renderer/src/editor/line-text.js';
import { documentFromState, transcriptData, transcriptStateConfig } from '../../../renderer/src/editor/transcript-field.js';
import { corpusFiles } from '../../support/paths.js';

/** The corpus files with a line break inside a turn's text (DESIGN.md counts five such lines). */
const withBreaks = corpusFiles().filter((file) =>
  parseEpisode(readFileSync(file, 'utf8'), file).items.some((i) => i.kind === 'turn' && i.line.includes('\n')),
);

describe('line breaks inside an item', () => {
  it('are in the corpus', () => {
    expect(withBreaks.length).toBeGreaterThan(0);
  });

  it('show as a mark on the item’s one line, and are written back as they were, edited or not', () => {
    for (const file of withBreaks) {
      const text = readFileSync(file, 'utf8');
      const { doc, field } = transcriptStateConfig(parseEpisode(text, file));
      const state = EditorState.create({ doc, extensions: [field, transcriptData] });
      expect(serializeEpisode(documentFromState(state))).toBe(text);
      const index = documentFromState(state).items.findIndex((i) => i.kind === 'turn' && i.line.includes('\n'));
      const line = state.doc.line(index + 1);
      expect(line.text).toContain(NEWLINE_MARK);
      const edited = state.update({ changes: { from: line.to, insert: ' (edited)' } }).state;
      const turn = documentFromState(edited).items[index] as Turn;
      expect(turn.line).toBe(`${(documentFromState(state).items[index] as Turn).line} (edited)`);
      expect(parseEpisode(serializeEpisode(documentFromState(edited))).items[index]).toMatchObject({ line: turn.line });
    }
  });
});
