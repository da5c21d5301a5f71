import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEpisode, previewEpisode, previewItems, type TranscriptItem } from '../../../shared/episode/index.js';
import { corpusFiles, fixture, seed } from '../../support/paths.js';

/** What the first screen shows of an item. */
function shown(item: TranscriptItem) {
  if (item.kind === 'header') return { kind: item.kind, header: item.header };
  if (item.kind === 'unknown') return { kind: item.kind };
  return { kind: item.kind, line: item.line, sec: item.sec, time: item.time, who: item.who };
}

describe('previewItems', () => {
  it('reads the first 60 items of the real episodes exactly as the whole parse does, or leaves the file to it', () => {
    let previewed = 0;
    let long = 0;
    for (const file of corpusFiles()) {
      const text = readFileSync(file, 'utf8');
      let whole;
      try {
        whole = parseEpisode(text, file);
      } catch {
        continue;
      }
      const preview = previewItems(text);
      if (whole.items.length > 60) long++;
      if (!preview) continue;
      previewed++;
      expect({ file, items: preview.map(shown) }).toEqual({ file, items: whole.items.slice(0, 60).map(shown) });
    }
    // Most long files are read; the rest (an unusual item early on) open with the whole parse.
    expect(previewed).toBeGreaterThan(long * 0.8);
  });

  it('reads quoted scalars folded over lines, with escapes, as YAML does', () => {
    const text = [
      'transcript:',
      "- line: 'It''s a long line that PyYAML folded over more than one line, as it does after",
      "    column eighty.'",
      '  sec: 93',
      "  time: '1:33'",
      '  who: Alexey',
      '- header: "Katie\\u2019s background"',
      '- line: "A line with an escaped \\',
      '    break and a \\"quote\\""',
      '  who: Katie',
      '',
    ].join('\n');
    expect(previewItems(text, 3)).toEqual([
      { kind: 'turn', line: "It's a long line that PyYAML folded over more than one line, as it does after column eighty.", sec: 93, time: '1:33', who: 'Alexey' },
      { kind: 'header', header: 'Katie’s background' },
      { kind: 'turn', line: 'A line with an escaped break and a "quote"', who: 'Katie' },
    ]);
  });

  it('stops at what it leaves to the whole parse: a plain number, a block scalar, an unknown key', () => {
    expect(previewItems('transcript:\n- line: 42\n', 1)).toBeUndefined();
    expect(previewItems('transcript:\n- line: |\n    text\n', 1)).toBeUndefined();
    expect(previewItems('transcript:\n- line: a\n  note: b\n', 1)).toBeUndefined();
    expect(previewItems('transcript:\n- line: a\n- line: b\n', 3)).toBeUndefined();
  });

  it('reads seed 000 and its Windows copy alike', () => {
    const text = readFileSync(seed('000'), 'utf8');
    expect(previewEpisode(text)!.items.map(shown)).toEqual(parseEpisode(text).items.slice(0, 60).map(shown));
    const crlf = readFileSync(fixture('episodes/seed-000-crlf.md'), 'utf8');
    expect(previewEpisode(crlf)!.items).toEqual(previewEpisode(text)!.items);
  });
});
