import { readFileSync } from 'node:fs';
import { undo } from '@codemirror/commands';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../renderer/src/editor/fix-commands.js';
import { documentFromState } from '../../../renderer/src/editor/transcript-field.js';
import { transcriptHistory } from '../../../renderer/src/editor/transcript-history.js';
import { HeadlessTranscript } from '../../../renderer/src/editor/transcript-host.js';
import { applyFixes as applyToDocument, FIXABLE_CODES, fixesOf, parseEpisode, serializeEpisode, validateEpisode } from '../../../shared/episode/index.js';
import { lineChanges } from '../../support/diff.js';
import { corpusFile, fixture } from '../../support/paths.js';

/** A view-less editor with its undo history, showing a file as the app opens it. */
function editorOn(path: string) {
  const text = readFileSync(path, 'utf8');
  const editor = new HeadlessTranscript(transcriptHistory);
  editor.load(parseEpisode(text, path));
  return { text, editor, written: () => serializeEpisode(documentFromState(editor.state)) };
}

describe('quick fixes in the editor', () => {
  it('quote every plain time in one undo step, changing only those lines', () => {
    const { text, editor, written } = editorOn(corpusFile('episodes', 'datatalksclub-building-sustainable-data-community-3-years-anniversary.md'));
    const fixes = fixesOf(documentFromState(editor.state), ['time-unquoted']);
    expect(fixes.length).toBeGreaterThan(0);
    expect(editor.run(applyFixes(fixes))).toBe(true);
    expect(validateEpisode(documentFromState(editor.state)).filter((p) => p.code === 'time-unquoted')).toEqual([]);
    const changed = lineChanges(text, written());
    expect(changed.length).toBe(fixes.length);
    for (const { was, now } of changed) expect(now).toBe(was.replace(/time: (\S+)$/, "time: '$1'"));
    editor.run(undo);
    expect(written()).toBe(text);
  });

  it('write what the engine writes for the same fixes, removals included, and undo them all at once', () => {
    const { text, editor, written } = editorOn(fixture('episodes/defects.md'));
    const doc = documentFromState(editor.state);
    const fixes = fixesOf(doc, FIXABLE_CODES);
    expect(new Set(fixes.map((f) => f.code)).size).toBeGreaterThan(3);
    expect(fixes.some((f) => f.items.length < f.to - f.from)).toBe(true);
    editor.run(applyFixes(fixes));
    expect(written()).toBe(serializeEpisode(applyToDocument(doc, fixes)));
    editor.run(undo);
    expect(written()).toBe(text);
  });
});
