// Flow style round-trips (issue 14: a top-level `{a: 1, b: 2, c: 3}` was written back three times,
// and `fmt` rewrote flow-style unknown items that the warning calls "kept as it is").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseEpisode, parseEpisode, serializeEpisode, spliceItems, type Turn } from '../../../shared/episode/index.js';
import { changedLines } from '../../support/diff.js';
import { fixture } from '../../support/paths.js';
import { PYTHON_WITH_YAML, runPython } from '../../support/python.js';

const read = (name: string) => readFileSync(fixture('episodes', name), 'utf8');
const pyLoad = (text: string): unknown => JSON.parse(runPython('import json,sys,yaml; print(json.dumps(yaml.safe_load(sys.stdin.read().split("---\\n")[1])))', [], text));

describe('a frontmatter written as one flow mapping', () => {
  it.each([['{a: 1, b: 2, c: 3}', '---\n{a: 1, b: 2, c: 3}\n---\n'], ['flow-frontmatter.md', read('flow-frontmatter.md')]])('%s is written back byte for byte, normalised or not', (_name, text) => {
    const doc = parseEpisode(text);
    expect(serializeEpisode(doc)).toBe(text);
    expect(serializeEpisode(normaliseEpisode(doc))).toBe(text);
  });

  it('reads its keys and its transcript', () => {
    const doc = parseEpisode(read('flow-frontmatter.md'));
    expect(doc.entries.map((e) => e.key)).toEqual(['title', 'duration', 'transcript']);
    expect(doc.entries.map((e) => e.origin?.line)).toEqual([2, 2, 2]);
    expect(doc.items.map((i) => (i.kind === 'turn' ? `${i.time} ${i.who}: ${i.line}` : i.kind))).toEqual(['0:01 Alexey: Hello and welcome.', '0:05 Jane: Thanks for having me.']);
  });

  it('once edited, is written whole in block style, which reads back with the edit and every other value', () => {
    const text = read('flow-frontmatter.md');
    const doc = parseEpisode(text);
    const edited: Turn = { ...(doc.items[1] as Turn), line: 'Thanks for having me, Alexey.' };
    const written = serializeEpisode(spliceItems(doc, 1, 2, [edited]));
    expect(written).toBe([
      '---', 'title: Flow style', 'duration: PT0H0M4S', 'transcript:',
      '- line: Hello and welcome.', '  sec: 1', "  time: '0:01'", '  who: Alexey',
      '- line: Thanks for having me, Alexey.', '  sec: 5', "  time: '0:05'", '  who: Jane',
      '---', 'The body.', '',
    ].join('\n'));
    const again = parseEpisode(written);
    expect((again.items[1] as Turn).line).toBe('Thanks for having me, Alexey.');
    if (PYTHON_WITH_YAML) expect((pyLoad(written) as { title: string }).title).toBe('Flow style');
  });
});

describe('flow-style items in a block transcript', () => {
  const text = read('flow-items.md');
  const doc = parseEpisode(text);

  it('are unknown items, left as they are by fmt', () => {
    expect(doc.items.map((i) => i.kind)).toEqual(['unknown', 'turn', 'unknown', 'turn']);
    expect(serializeEpisode(normaliseEpisode(doc))).toBe(text);
  });

  it('keep their bytes when another item is edited', () => {
    const edited: Turn = { ...(doc.items[1] as Turn), line: 'Hello, and welcome.' };
    const written = serializeEpisode(spliceItems(doc, 1, 2, [edited]));
    expect(changedLines(text, written)).toMatchObject({ removed: ['- line: Hello and welcome.'], added: ['- line: Hello, and welcome.'] });
    if (PYTHON_WITH_YAML) {
      const { transcript } = pyLoad(written) as { transcript: unknown[] };
      expect(transcript[0]).toEqual({ note: 'recorded twice', take: 2 });
      expect(transcript[2]).toEqual(['one', 'two']);
    }
  });
});
