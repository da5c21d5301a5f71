import { readFileSync } from 'node:fs';
import { undo } from '@codemirror/commands';
import { describe, expect, it } from 'vitest';
import { showDocumentSpec } from '../../../renderer/src/editor/replace-items.js';
import { documentFromState, transcriptField } from '../../../renderer/src/editor/transcript-field.js';
import { HeadlessTranscript } from '../../../renderer/src/editor/transcript-host.js';
import { transcriptHistory } from '../../../renderer/src/editor/transcript-history.js';
import { parseEpisode, serializeEpisode, spliceItems, type Turn } from '../../../shared/episode/index.js';
import { seed } from '../../support/paths.js';

const TEXT = readFileSync(seed('000'), 'utf8');

describe('showDocumentSpec', () => {
  it('shows another document as one undo step, changing only the lines that differ, written over that document', () => {
    const editor = new HeadlessTranscript(transcriptHistory);
    const opened = parseEpisode(TEXT, 'episode.md');
    editor.load(opened);
    editor.dispatch({ selection: { anchor: editor.state.doc.line(3).from + 4 } });
    // The file on disk now: a turn edited, one removed, a header added at the end (written, then read back).
    const item = opened.items[6] as Turn;
    const edited = spliceItems(spliceItems(opened, 6, 7, [{ ...item, line: `${item.line} (disk)` }]), 1, 2, []);
    const diskText = serializeEpisode(spliceItems(edited, edited.items.length, edited.items.length, [{ kind: 'header', header: 'The end' }]));
    const disk = parseEpisode(diskText, 'episode.md');
    const before = editor.state;
    editor.dispatch(showDocumentSpec(editor.state, disk, 'edit.reload'));
    expect(serializeEpisode(documentFromState(editor.state))).toBe(diskText);
    expect(editor.state.field(transcriptField).base).toBe(disk);
    expect(editor.state.field(transcriptField).items[0]).toBe(disk.items[0]);
    // The cursor stays on its text (the line above it was removed).
    expect(editor.state.selection.main.head).toBe(editor.state.doc.line(2).from + 4);
    editor.run(undo);
    expect(editor.state.doc.eq(before.doc)).toBe(true);
    expect(editor.state.field(transcriptField).base).toBe(opened);
    expect(serializeEpisode(documentFromState(editor.state))).toBe(TEXT);
  });
});
