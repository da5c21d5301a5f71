import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEpisode, serializeEpisode, validateEpisode, type EpisodeDocument } from '../../../shared/episode/index.js';
import { CLEAN_STEPS, ExportError, cleanCounts, exportEpisode } from '../../../shared/export/index.js';
import { fixture } from '../../support/paths.js';
import { NO_PYYAML_NOTE, PYTHON_WITH_YAML, runPython } from '../../support/python.js';
import { corpusDocs, seedDoc } from './support.js';

const ALL = [...CLEAN_STEPS];

/** The 1-based numbers of the lines that differ between two texts with the same number of lines. */
function differingLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  return a.length !== b.length ? [-1] : a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
}

describe('the cleaned episode (md)', () => {
  it('is the seed byte for byte when nothing needs cleaning', () => {
    const doc = seedDoc();
    const result = exportEpisode(doc, 'md', { clean: ALL });
    expect(result.text).toBe(serializeEpisode(doc));
    expect(result.cleaned).toEqual({ whitespace: 0, 'zero-width': 0, 'fold-paragraphs': 0, 'safe-fixes': 0, duration: 0 });
    expect(result).toMatchObject({ extension: 'md', suffix: '.clean', warnings: [] });
  });

  it('refuses while errors remain, naming them, and exports anyway with force', () => {
    const file = fixture('episodes/defects.md');
    const doc = parseEpisode(readFileSync(file, 'utf8'), file);
    let refused: unknown;
    try {
      exportEpisode(doc, 'md');
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(ExportError);
    const problems = (refused as ExportError).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
    expect((refused as ExportError).message).toMatch(/defects\.md: \d+ error\(s\) remain/);
    const forced = exportEpisode(doc, 'md', { force: true });
    expect(forced.text).toBe(serializeEpisode(doc));
    expect(forced.warnings).toEqual([`exported with ${problems.length} error(s) left`]);
  });

  it('applies each step, counting the items it changes, and changes only those items’ lines', () => {
    const text = [
      '---',
      'duration: PT00H00M10S',
      'transcript:',
      '- line: "Hello ,  world\\u200B !"',
      '  sec: 0',
      "  time: '0:00'",
      '  who: Alexey',
      '- line: Untouched.',
      '  sec: 20',
      '  time: 0:20',
      '  who: Katie',
      '- line: Also untouched.',
      '  sec: 30',
      "  time: '0:30'",
      "  who: 'Alexey:'",
      '---',
      'body',
      '',
    ].join('\n');
    const doc = parseEpisode(text, 'steps.md');
    expect(cleanCounts(doc)).toEqual({ whitespace: 1, 'zero-width': 1, 'fold-paragraphs': 0, 'safe-fixes': 2, duration: 1 });
    expect(() => exportEpisode(doc, 'md')).toThrow(/1 error\(s\) remain/);
    const only = exportEpisode(doc, 'md', { clean: ['zero-width'], force: true });
    expect(only.cleaned).toEqual({ 'zero-width': 1 });
    expect(differingLines(text, only.text)).toEqual([4]);
    const result = exportEpisode(doc, 'md', { clean: ALL });
    expect(result.cleaned).toEqual({ whitespace: 1, 'zero-width': 1, 'fold-paragraphs': 0, 'safe-fixes': 2, duration: 1 });
    expect(result.text).toBe(
      text
        .replace('duration: PT00H00M10S', 'duration: PT00H30S')
        .replace('"Hello ,  world\\u200B !"', 'Hello, world!')
        .replace('time: 0:20', "time: '0:20'")
        .replace("who: 'Alexey:'", 'who: Alexey'),
    );
    expect(validateEpisode(parseEpisode(result.text))).toEqual([]);
  });

  it('folds continuation paragraphs into their turn, keeping the other items’ bytes', () => {
    const text = "---\ntranscript:\n- line: First.\n  sec: 1\n  time: '0:01'\n  who: A\n- line: Second.\n  who: A\n# a comment\n- line: Third.\n- line: Other.\n  who: B\n- header: H\n- line: After a header.\n  who: B\n---\n";
    const result = exportEpisode(parseEpisode(text), 'md', { clean: ['fold-paragraphs'] });
    expect(result.cleaned).toEqual({ 'fold-paragraphs': 2 });
    expect(result.text).toBe("---\ntranscript:\n- line: First. Second. Third.\n  sec: 1\n  time: '0:01'\n  who: A\n# a comment\n- line: Other.\n  who: B\n- header: H\n- line: After a header.\n  who: B\n---\n");
  });

  it('re-parses on every real episode with all steps, changing only what the steps report', () => {
    let changedFiles = 0;
    for (const doc of corpusDocs) {
      const result = exportEpisode(doc, 'md', { clean: ALL, force: true });
      const again = parseEpisode(result.text, doc.file);
      expect(serializeEpisode(again)).toBe(result.text);
      const total = Object.values(result.cleaned!).reduce((a, b) => a + b, 0);
      if (total === 0) expect(result.text).toBe(serializeEpisode(doc));
      else changedFiles++;
      // The words are the same, only spaces and invisible characters differ.
      const squash = (d: EpisodeDocument) => d.items.flatMap((i) => (i.kind === 'turn' ? [i.line] : [])).join('').replace(/[\s\u200b\u200c\u2060\ufeff\u00ad]+/gu, '');
      expect(squash(again)).toEqual(squash(doc));
    }
    expect(changedFiles).toBeGreaterThan(0);
  });
});

if (!PYTHON_WITH_YAML) {
  console.warn(NO_PYYAML_NOTE);
  if (process.env.CI) throw new Error(`${NO_PYYAML_NOTE}, and CI is set`);
}

describe.skipIf(!PYTHON_WITH_YAML)('the cleaned episode against PyYAML', () => {
  it('loads in PyYAML to the cleaned document’s data', () => {
    const script = [
      'import sys, json, yaml',
      'out = []',
      'for text in json.load(sys.stdin):',
      '    fm = text.split("\\n---", 1)[0].split("---\\n", 1)[1]',
      '    data = yaml.safe_load(fm)',
      '    out.append([{k: v for k, v in i.items()} for i in data.get("transcript") or []] + [data.get("duration")])',
      'print(json.dumps(out, default=str))',
    ].join('\n');
    const docs = corpusDocs.filter((d) => d.loadErrors.length === 0 && d.preamble === '').slice(0, 40);
    const results = docs.map((d) => exportEpisode(d, 'md', { clean: ALL, force: true }));
    const loaded = JSON.parse(runPython(script, [], JSON.stringify(results.map((r) => r.text)))) as unknown[][];
    results.forEach((result, n) => {
      const doc = parseEpisode(result.text);
      const expected = doc.items.map((i) => (i.kind === 'turn' ? Object.fromEntries(Object.entries({ line: i.line, sec: i.sec, time: i.time, who: i.who }).filter(([, v]) => v !== undefined)) : i.kind === 'header' ? { header: i.header } : loaded[n]![doc.items.indexOf(i)]));
      const duration = doc.entries.find((e) => e.key === 'duration')?.value ?? null;
      expect({ file: docs[n]!.file, data: loaded[n] }).toEqual({ file: docs[n]!.file, data: [...expected, duration] });
    });
  });
});
