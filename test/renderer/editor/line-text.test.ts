import { readFileSync } from 'node:fs';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { parseEpisode, serializeEpisode, type Turn } from '../../../shared/episode/index.js';
import { MARK_ESCAPE, NEWLINE_MARK, escapeMarks, fromLineText, markEscapes, toLineText } from '../../../renderer/src/editor/line-text.js';
import { documentFromState, transcriptData, transcriptStateConfig } from '../../../renderer/src/editor/transcript-field.js';
import { corpusFiles, fixture } from '../../support/paths.js';

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

describe('the private-use characters the editor uses as marks, when they are in the text itself', () => {
  const file = fixture('episodes/private-use.md');
  const text = readFileSync(file, 'utf8');

  it('open unchanged and are written back byte for byte, edited or not', () => {
    const parsed = parseEpisode(text, file);
    const { doc, field } = transcriptStateConfig(parsed);
    const state = EditorState.create({ doc, extensions: [field, transcriptData] });
    const opened = documentFromState(state);
    // Unchanged items are the very items read (so nothing is marked unsaved), and the text is the file's.
    expect(opened.items).toEqual(parsed.items);
    expect(serializeEpisode(opened)).toBe(text);
    // Only the real line break shows as a mark.
    expect([...state.doc.toString()].filter((c) => c === NEWLINE_MARK)).toHaveLength(1);
    const line = state.doc.line(2);
    const edited = documentFromState(state.update({ changes: { from: line.to, insert: ' (edited)' } }).state);
    const reread = parseEpisode(serializeEpisode(edited), file).items[1] as Turn;
    expect(reread.line).toBe('Plain text with \uE000 written as-is and \uE001\uE002 too. (edited)');
  });

  it('round-trip in any order, and a line never holds a real line break', () => {
    const alphabet = ['a', '\n', '\uE000', '\uE001', '\uE002', MARK_ESCAPE + '\uE002'];
    let seed = 1;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      const s = Array.from({ length: next() % 9 }, () => alphabet[next() % alphabet.length]).join('');
      expect(toLineText(s)).not.toContain('\n');
      expect(fromLineText(toLineText(s))).toBe(s);
    }
  });

  it('take typed or pasted marks as themselves, inserted anywhere, and find each escape as one character', () => {
    const alphabet = ['a', '\uE000', '\uE001', '\uE002'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      const text = () => Array.from({ length: next() % 6 }, () => alphabet[next() % alphabet.length]).join('');
      const [line, typed] = [text(), text()];
      const stored = toLineText(line);
      const at = next() % (stored.length + 1);
      // Inserted between two stored characters: an escape pair is one character (the editor keeps the cursor out of it).
      const inside = markEscapes(stored).some((e) => e.at + 1 === at);
      if (inside) continue;
      const value = fromLineText(stored.slice(0, at) + escapeMarks(typed) + stored.slice(at));
      expect(value).toBe(fromLineText(stored.slice(0, at)) + typed + fromLineText(stored.slice(at)));
    }
    expect(markEscapes(toLineText('a\uE000b\uE001'))).toEqual([
      { at: 1, char: '\uE000' },
      { at: 4, char: '\uE001' },
    ]);
  });

  it('read a lone escape left by an edit as itself', () => {
    expect(fromLineText(`x${MARK_ESCAPE}`)).toBe(`x${MARK_ESCAPE}`);
    expect(fromLineText(`${MARK_ESCAPE}b${NEWLINE_MARK}`)).toBe(`${MARK_ESCAPE}b\n`);
  });
});
