// U+2028, U+2029 and U+0085 inside turns, in a file written by PyYAML: read as PyYAML reads them,
// kept byte for byte, and written so that every reader gets the text back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emitItem, normaliseEpisode, parseEpisode, rewriteEpisode, serializeEpisode, spliceItems, type Turn } from '../../../shared/episode/index.js';
import { dumpSequenceItem } from '../../../shared/yaml/emit.js';
import { loadYaml } from '../../../shared/yaml/load.js';
import { PYTHON_WITH_YAML, runPython } from '../../support/python.js';
import { fixture } from '../../support/paths.js';

const file = fixture('episodes/yaml11-breaks.md');
const text = readFileSync(file, 'utf8');
const lines = (source: string) => parseEpisode(source, file).items.map((i) => (i.kind === 'turn' ? i.line : i.kind === 'header' ? i.header : null));

describe('a file with YAML 1.1 line breaks inside turns', () => {
  it.skipIf(!PYTHON_WITH_YAML)('reads as PyYAML reads it', () => {
    const py = JSON.parse(runPython('import json,sys,yaml; d=yaml.safe_load(open(sys.argv[1],encoding="utf8").read().split("---\\n")[1]); print(json.dumps([i.get("line", i.get("header")) for i in d["transcript"]]))', [file])) as string[];
    expect(lines(text)).toEqual(py);
    expect(lines(text)[0]).toBe('First part\u2028second part, joined by a line separator.');
  });

  it('is left as it is by fmt, and rewritten as PyYAML writes it', () => {
    const doc = parseEpisode(text, file);
    expect(serializeEpisode(normaliseEpisode(doc))).toBe(text);
    expect(rewriteEpisode(doc)).toBe(text);
  });

  it('reads back every edited item as it was', () => {
    const doc = parseEpisode(text, file);
    doc.items.forEach((item, i) => {
      const { origin: _dropped, ...fresh } = item;
      const edited = serializeEpisode(spliceItems(doc, i, i + 1, [fresh as typeof item]));
      expect(lines(edited)).toEqual(lines(text));
    });
  });

  it('writes U+0085, which PyYAML’s own single-quoted form loses, double-quoted as \\N', () => {
    const turn: Turn = { kind: 'turn', line: 'x\x85  y', sec: 1, time: '0:01', who: 'Jane' };
    const out = emitItem(turn, parseEpisode(text, file).style);
    expect(out).toContain('"x\\N  y"');
    const written = loadYaml(out) as Map<string, unknown>[];
    expect(written[0]!.get('line')).toBe('x\x85  y');
    expect(loadYaml(dumpSequenceItem(new Map([['line', 'a\x85b']]), { allowUnicode: true }))).toEqual([new Map([['line', 'a\x85b']])]);
  });
});

describe.skipIf(!PYTHON_WITH_YAML)('random turns holding YAML 1.1 line breaks, edited in and saved', () => {
  it('read back the same through the engine and through PyYAML', () => {
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pieces = ['a', 'word', ' ', '  ', '\n', '\u2028', '\u2029', '\x85', "'", '"', '\\', ': ', ' #', 'é', '\t', '1:33', 'lorem ipsum dolor sit amet consectetur '];
    const doc = parseEpisode(text, file);
    const cases = Array.from({ length: 300 }, () => Array.from({ length: 1 + Math.floor(rand() * 16) }, () => pieces[Math.floor(rand() * pieces.length)]).join(''));
    const written = cases.map((line) => serializeEpisode(spliceItems(doc, 0, 1, [{ kind: 'turn', line, sec: 60, time: '1:00', who: 'Alexey' }])));
    const script = 'import json,sys,yaml\nprint(json.dumps([yaml.safe_load(t.split("---\\n")[1])["transcript"][0]["line"] for t in json.load(sys.stdin)]))';
    const py = JSON.parse(runPython(script, [], JSON.stringify(written))) as string[];
    const differing = cases.flatMap((line, i) => {
      const ours = (parseEpisode(written[i]!, file).items[0] as Turn).line;
      return ours === line && py[i] === line ? [] : [{ line, ours, pyyaml: py[i], written: written[i]!.split('\n').slice(0, 6).join('\n') }];
    });
    expect(differing.slice(0, 3)).toEqual([]);
  });
});
