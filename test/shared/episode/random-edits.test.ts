// Random edits through the engine, with the full range of characters: each edited document is written,
// read back by the engine and by PyYAML, and compared with what was meant and with the bytes it was
// made from. Seeded (mulberry32), so that a failure names the seed and edit that replay it; bounded by
// a fixed number of edits, not by time.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUnedited, parseEpisode, serializeEpisode, spliceItems, withSec, type EpisodeDocument, type TranscriptItem } from '../../../shared/episode/index.js';
import { corpusFiles } from '../../support/paths.js';
import { NO_PYYAML_NOTE, PYTHON_WITH_YAML, runPython } from '../../support/python.js';
import { seededRandom } from '../../support/random.js';

/** Documents edited in all (each by 1-6 random edits). */
const DOCUMENTS = 300;
/** At most this many items of a file make a document (most of them: a window of this size). */
const WINDOW = 12;

/** What a text is made of: YAML's indicators and look-alikes, every kind of break and space, controls, and any code point. */
const PIECES = [
  ...'abcdefghij ', ' ', '  ', '- ', ': ', ':', ' #', '#', '&a', '*a', '!', '!!str', '|', '>', '%', '@', '`', '"', "'", "''", '\\',
  '{', '}', '[', ']', ',', '?', '? ', '\t', '\n', '\r', '\r\n', '\n\n', '\u0085', '\u2028', '\u2029', '\ufeff', '\u00a0', '\u200b',
  '\ufffe', '\uffff', '\ue000', '\ue001', '\ue002', '\u0000', '\u0007', '\u001b', '\u007f', '\u0080', '\u009f',
  'yes', 'no', 'null', '~', 'true', '1:33', '0:41', '12', '0x1F', '1e3', '.inf', '---', '...', '2024-01-01', 'é', '’', '“', '😀', '中文', '\u0301',
  'Alexey', 'Katie', 'word', 'x'.repeat(90),
];

/** A random text: pieces, and now and then a random code point anywhere in Unicode but the surrogates. */
function randomText(rand: () => number): string {
  const n = Math.floor(rand() * 12);
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.15) {
      let cp = Math.floor(rand() * 0x110000);
      if (cp >= 0xd800 && cp <= 0xdfff) cp -= 0x800;
      s += String.fromCodePoint(cp);
    } else if (r < 0.2) s += String.fromCodePoint(Math.floor(rand() * 0x100));
    else s += PIECES[Math.floor(rand() * PIECES.length)]!;
  }
  return s;
}

/** One edit: what it did (for the failure message) and the document after it. */
type Edit = (doc: EpisodeDocument, rand: () => number) => { what: string; doc: EpisodeDocument };

const at = (doc: EpisodeDocument, rand: () => number) => Math.floor(rand() * doc.items.length);
const replace = (doc: EpisodeDocument, k: number, item: TranscriptItem) => spliceItems(doc, k, k + 1, [item]);

const EDITS: readonly Edit[] = [
  (doc, rand) => {
    const k = at(doc, rand);
    const item = doc.items[k];
    const text = randomText(rand);
    if (item?.kind === 'turn') return { what: `line of ${k} = ${JSON.stringify(text)}`, doc: replace(doc, k, { ...item, line: text }) };
    if (item?.kind === 'header') return { what: `header ${k} = ${JSON.stringify(text)}`, doc: replace(doc, k, { ...item, header: text }) };
    return { what: 'nothing', doc };
  },
  (doc, rand) => {
    const k = at(doc, rand);
    const item = doc.items[k];
    const who = randomText(rand);
    return item?.kind === 'turn' ? { what: `who of ${k} = ${JSON.stringify(who)}`, doc: replace(doc, k, { ...item, who }) } : { what: 'nothing', doc };
  },
  (doc, rand) => {
    const k = at(doc, rand);
    const item = doc.items[k];
    const sec = Math.floor(rand() * 40_000);
    return item?.kind === 'turn' ? { what: `sec of ${k} = ${sec}`, doc: replace(doc, k, withSec(item, sec)) } : { what: 'nothing', doc };
  },
  (doc, rand) => {
    const k = Math.floor(rand() * (doc.items.length + 1));
    const turn = withSec({ kind: 'turn', line: randomText(rand), who: randomText(rand) }, Math.floor(rand() * 5000));
    return { what: `new turn at ${k}: ${JSON.stringify(turn)}`, doc: spliceItems(doc, k, k, [turn]) };
  },
  (doc, rand) => {
    const k = Math.floor(rand() * (doc.items.length + 1));
    const header = randomText(rand);
    return { what: `new header at ${k}: ${JSON.stringify(header)}`, doc: spliceItems(doc, k, k, [{ kind: 'header', header }]) };
  },
  (doc, rand) => {
    const k = at(doc, rand);
    return doc.items.length > 1 ? { what: `delete ${k}`, doc: spliceItems(doc, k, k + 1, []) } : { what: 'nothing', doc };
  },
  (doc, rand) => {
    const from = at(doc, rand);
    const to = at(doc, rand);
    const item = doc.items[from];
    if (!item || from === to) return { what: 'nothing', doc };
    return { what: `move ${from} to ${to}`, doc: spliceItems(spliceItems(doc, from, from + 1, []), to, to, [item]) };
  },
];

/** An edited document: the file it was made from, its text and items before and after, and what was done. */
interface Case {
  readonly source: string;
  readonly before: string;
  readonly original: readonly TranscriptItem[];
  readonly items: readonly TranscriptItem[];
  readonly text: string;
  readonly edits: string;
}

/** The item's fields as PyYAML loads them (turns and headers; an unknown item is what it was). */
function meant(item: TranscriptItem): unknown {
  if (item.kind === 'header') return { header: item.header };
  if (item.kind === 'unknown') return undefined;
  const { line, sec, time, who } = item;
  return Object.fromEntries(Object.entries({ line, sec, time, who }).filter(([, v]) => v !== undefined));
}

/** Each case's bytes outside its edited items: the text around the transcript, and every unedited item's own lines. */
function expectUntouched(c: Case, label: string): void {
  const withOrigin = c.original.filter((i) => i.origin);
  const first = withOrigin[0]?.origin;
  const last = withOrigin[withOrigin.length - 1];
  if (!first || !last?.origin) return;
  expect(c.text.startsWith(c.before.slice(0, lineOffset(c.before, first.line))), `${label}: the text before the transcript changed`).toBe(true);
  const end = c.before.indexOf(last.origin.text, lineOffset(c.before, last.origin.line)) + last.origin.text.length + (last.trivia?.length ?? 0);
  expect(c.text.endsWith(c.before.slice(end)), `${label}: the text after the transcript changed`).toBe(true);
  for (const item of c.items) {
    if (isUnedited(item)) expect(c.text.includes(item.origin.text + (item.trivia ?? '')), `${label}: the bytes of the unedited item at line ${item.origin.line} changed`).toBe(true);
  }
}

function lineOffset(text: string, line: number): number {
  let offset = 0;
  for (let n = 1; n < line && offset >= 0; n++) offset = text.indexOf('\n', offset) + 1;
  return line <= 1 ? 0 : offset;
}

/** PyYAML's reading of each file's frontmatter: the transcript, and every other key, as JSON (or the error). */
const PYYAML_READ = String.raw`
import json, sys, yaml
out = {}
for path in sys.stdin.read().split('\n'):
    if not path:
        continue
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    start = next(i for i, l in enumerate(lines) if l.rstrip('\r') == '---')
    end = next(i for i in range(start + 1, len(lines)) if lines[i].rstrip('\r') == '---')
    try:
        front = yaml.safe_load('\n'.join(lines[start + 1:end])) or {}
        out[path] = json.loads(json.dumps(front, default=str))
    except Exception as e:
        out[path] = {'error': str(e).replace('\n', ' ')}
json.dump(out, sys.stdout)
`;

describe('random edits through the engine, with every kind of character', () => {
  const sources = corpusFiles('all').filter((f) => !f.endsWith('_template.md'));
  const seed = Number(process.env['RANDOM_EDITS_SEED'] ?? 20261201);
  const rand = seededRandom(seed);
  const cases: Case[] = [];
  const read = new Map<string, EpisodeDocument>();
  for (let n = 0; n < DOCUMENTS; n++) {
    const source = sources[n % sources.length]!;
    const whole = read.get(source) ?? parseEpisode(readFileSync(source, 'utf8'), source);
    read.set(source, whole);
    if (whole.items.length === 0) continue;
    // A window of the file's items (its first, its last, or some between), so that each document is small.
    const size = 1 + Math.floor(rand() * WINDOW);
    const r = rand();
    const from = r < 0.2 ? 0 : r < 0.4 ? Math.max(0, whole.items.length - size) : Math.floor(rand() * whole.items.length);
    const to = Math.min(whole.items.length, from + size);
    const before = serializeEpisode(spliceItems(spliceItems(whole, to, whole.items.length, []), 0, from, []));
    const parsed = parseEpisode(before, source);
    let doc = parsed;
    const done: string[] = [];
    for (let e = 1 + Math.floor(rand() * 6); e > 0; e--) {
      const edit = EDITS[Math.floor(rand() * EDITS.length)]!(doc, rand);
      doc = edit.doc;
      done.push(edit.what);
    }
    cases.push({ source, before, original: parsed.items, items: doc.items, text: serializeEpisode(doc), edits: `seed ${seed}, document ${n}: ${done.join('; ')}` });
  }
  const written = new Set(cases.flatMap((c) => [...c.text]).filter((ch) => ch.codePointAt(0)! > 0x7e || ch < ' '));
  console.log(`random edits: ${cases.length} documents from ${new Set(cases.map((c) => c.source)).size} files, ${written.size} distinct non-ASCII or control characters written (seed ${seed})`);

  it(`reads back, by the engine, as exactly what was written, with every untouched byte kept (${DOCUMENTS} documents)`, () => {
    for (const c of cases) {
      const label = `${c.source} (${c.edits})`;
      const after = parseEpisode(c.text, c.source);
      expect(after.loadErrors, label).toEqual([]);
      expect(after.items.map(meant), label).toEqual(c.items.map(meant));
      // Written again unedited, it is the same bytes.
      expect(serializeEpisode(after), label).toBe(c.text);
      expectUntouched(c, label);
    }
  });

  // PyYAML's pure-Python reader takes most of the time: about 10 s of CPU for the documents and their originals (their other keys are most of their bytes).
  it.skipIf(!PYTHON_WITH_YAML)('reads back, by PyYAML, as what was meant, every other key unchanged', { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'random-edits-'));
    const paths = cases.map((c, n) => {
      const path = join(dir, `${n}.md`);
      writeFileSync(path, c.text);
      return path;
    });
    const originals = cases.map((c, n) => {
      const path = join(dir, `${n}.before.md`);
      writeFileSync(path, c.before);
      return path;
    });
    const read = JSON.parse(runPython(PYYAML_READ, [], [...paths, ...originals].join('\n'))) as Record<string, Record<string, unknown>>;
    rmSync(dir, { recursive: true });
    cases.forEach((c, n) => {
      const label = `${c.source} (${c.edits})`;
      const { transcript, ...rest } = read[paths[n]!]!;
      const { transcript: originalTranscript, ...originalRest } = read[originals[n]!]!;
      expect(rest, label).toEqual(originalRest);
      const unknown = new Map(c.original.map((item, k) => [item, (originalTranscript as unknown[])[k]]));
      expect(transcript, label).toEqual(c.items.map((item) => (item.kind === 'unknown' ? unknown.get(item) : meant(item))));
    });
  });

  it.runIf(!PYTHON_WITH_YAML)('says that the comparison with PyYAML did not run', () => {
    console.warn(NO_PYYAML_NOTE);
  });
});
