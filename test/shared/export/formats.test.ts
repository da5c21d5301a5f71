import { describe, expect, it } from 'vitest';
import { parseEpisode, parseTime, type EpisodeDocument } from '../../../shared/episode/index.js';
import { EXPORTERS, EXPORT_FORMATS, ExportError, chaptersOf, exportEpisode, exportFileName, isExportFormat } from '../../../shared/export/index.js';
import { corpusDocs, hasTimes, seedDoc, transcriptWords } from './support.js';

const doc = seedDoc();

/** What breaks the Podcasting 2.0 transcript rules (version 1.0.0; segments with float startTime < endTime, a string body, an optional string speaker; in order). */
function transcriptFaults(json: unknown): string[] {
  const faults: string[] = [];
  const data = json as { version?: unknown; segments?: unknown };
  if (data.version !== '1.0.0') faults.push(`version ${String(data.version)}`);
  if (!Array.isArray(data.segments)) return [...faults, 'no segments array'];
  let lastEnd = 0;
  data.segments.forEach((s: Record<string, unknown>, i) => {
    const keys = Object.keys(s).filter((k) => !['speaker', 'startTime', 'endTime', 'body'].includes(k));
    if (keys.length) faults.push(`segment ${i}: unknown keys ${keys.join(',')}`);
    if (typeof s.startTime !== 'number' || typeof s.endTime !== 'number' || !(s.startTime < s.endTime)) faults.push(`segment ${i}: times ${String(s.startTime)}–${String(s.endTime)}`);
    else {
      if (s.startTime < lastEnd) faults.push(`segment ${i} overlaps the one before`);
      lastEnd = s.endTime;
    }
    if (typeof s.body !== 'string' || s.body === '') faults.push(`segment ${i}: body`);
    if ('speaker' in s && (typeof s.speaker !== 'string' || s.speaker === '')) faults.push(`segment ${i}: speaker`);
  });
  return faults;
}

/** What breaks the Podcasting 2.0 chapters rules (version 1.2.0; chapters with a number startTime ≥ 0 and a string title, in order). */
function chapterFaults(json: unknown): string[] {
  const data = json as { version?: unknown; chapters?: unknown };
  const faults: string[] = data.version === '1.2.0' ? [] : [`version ${String(data.version)}`];
  if (!Array.isArray(data.chapters)) return [...faults, 'no chapters array'];
  let last = 0;
  data.chapters.forEach((c: Record<string, unknown>, i) => {
    if (typeof c.startTime !== 'number' || c.startTime < last) faults.push(`chapter ${i}: startTime ${String(c.startTime)}`);
    else last = c.startTime;
    if (typeof c.title !== 'string' || c.title === '') faults.push(`chapter ${i}: title`);
  });
  return faults;
}

function episode(items: string): EpisodeDocument {
  return parseEpisode(`---\ntranscript:\n${items}---\n`, 'test.md');
}

describe('the registry', () => {
  it('has every format, with its file name', () => {
    expect(Object.keys(EXPORTERS)).toEqual([...EXPORT_FORMATS]);
    expect(isExportFormat('srt')).toBe(true);
    expect(isExportFormat('docx')).toBe(false);
    expect(isExportFormat('toString')).toBe(false);
    expect(exportFileName('s11e02.md', 'md')).toBe('s11e02.clean.md');
    expect(exportFileName('s11e02.md', 'chapters')).toBe('s11e02.chapters.txt');
    expect(exportFileName('s11e02.md', 'podcast-json')).toBe('s11e02.transcript.json');
    expect(exportFileName('s11e02.md', 'srt')).toBe('s11e02.srt');
    const names = EXPORT_FORMATS.map((f) => exportFileName('e.md', f));
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('e.md');
  });
});

describe('Podcasting 2.0 JSON', () => {
  it('writes the seed’s transcript as one segment per paragraph, by the spec’s field rules', () => {
    const data = JSON.parse(exportEpisode(doc, 'podcast-json').text) as { segments: { speaker: string; startTime: number; endTime: number; body: string }[] };
    expect(transcriptFaults(data)).toEqual([]);
    expect(data.segments[1]).toEqual({ speaker: 'Katie', startTime: 103, endTime: 105, body: 'Yeah, Katie. Katie Bauer.' });
    expect(data.segments.flatMap((s) => s.body.split(' '))).toEqual(transcriptWords(doc));
  });

  it('writes the seed’s chapters at the time of the turn after each header', () => {
    const data = JSON.parse(exportEpisode(doc, 'podcast-chapters').text) as { chapters: { startTime: number; title: string }[] };
    expect(chapterFaults(data)).toEqual([]);
    expect(data.chapters[0]).toEqual({ startTime: 147, title: 'Katie’s background' });
    expect(data.chapters).toHaveLength(doc.items.filter((i) => i.kind === 'header').length);
  });

  it('holds to the field rules on every real episode', () => {
    for (const real of corpusDocs) {
      if (hasTimes(real)) expect({ file: real.file, faults: transcriptFaults(JSON.parse(exportEpisode(real, 'podcast-json').text)) }).toEqual({ file: real.file, faults: [] });
      else expect(() => exportEpisode(real, 'podcast-json')).toThrow(ExportError);
      expect({ file: real.file, faults: chapterFaults(JSON.parse(exportEpisode(real, 'podcast-chapters').text)) }).toEqual({ file: real.file, faults: [] });
    }
  });
});

describe('chapters for video platforms', () => {
  const lines = (text: string) => text.trimEnd().split('\n').map((l) => /^(\d+:\d{2}(?::\d{2})?) (.+)$/.exec(l)!);

  it('writes `M:SS Title` lines and names the rule the seed breaks (its first chapter is at 2:27)', () => {
    const result = exportEpisode(doc, 'chapters');
    expect(result.text.split('\n')[0]).toBe('2:27 Katie’s background');
    expect(result.warnings).toEqual(['the first chapter must start at 0:00; “Katie’s background” starts at 2:27']);
    const fixed = exportEpisode(doc, 'chapters', { fixChapters: true });
    expect(fixed.text.split('\n')[0]).toBe('0:00 Katie’s background');
    expect(fixed.warnings).toEqual(['fixed: moved “Katie’s background” from 2:27 to 0:00']);
    expect(fixed.text.split('\n').slice(1)).toEqual(result.text.split('\n').slice(1));
  });

  it('warns of too few and too short chapters, keeps only the last of a run of headers, and drops short ones when fixing', () => {
    const turn = (sec: number) => `- line: Words.\n  sec: ${sec}\n  time: '0:${String(sec).padStart(2, '0')}'\n  who: A\n`;
    const doc = episode(`- header: Ignored\n- header: Intro\n${turn(0)}- header: Short\n${turn(5)}- header: Long\n${turn(30)}- header: Dangling\n`);
    const result = exportEpisode(doc, 'chapters');
    expect(result.text).toBe('0:00 Intro\n0:05 Short\n0:30 Long\n');
    expect(result.warnings).toEqual([
      'header “Dangling” has no timed turn after it, so it is left out',
      'each chapter must be at least 10 s long; “Intro” at 0:00 lasts 5 s',
    ]);
    const fixed = exportEpisode(doc, 'chapters', { fixChapters: true });
    expect(fixed.text).toBe('0:00 Short\n0:30 Long\n');
    expect(fixed.warnings).toContain('video platforms need at least 3 chapters; there are 2');
    expect(fixed.warnings).toContain('fixed: dropped “Intro” (0:00), which lasted 5 s');
  });

  it('writes H:MM:SS from an hour on, and every real episode’s chapters follow the rules once fixed, where they can', () => {
    for (const real of corpusDocs) {
      const result = exportEpisode(real, 'chapters', { fixChapters: true });
      if (result.text === '') continue;
      const parsed = lines(result.text);
      expect(parsed.every((m) => m !== null)).toBe(true);
      const secs = parsed.map((m) => parseTime(m[1]!)!.sec);
      expect(secs[0]).toBe(0);
      secs.forEach((s, i) => {
        if (i > 0) expect(s - secs[i - 1]!).toBeGreaterThanOrEqual(10);
        expect(parsed[i]![1]).toBe(s >= 3600 ? `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}` : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`);
      });
      const rules = result.warnings.filter((w) => !w.startsWith('fixed:') && !w.startsWith('header '));
      expect(rules.every((w) => w.startsWith('video platforms need at least 3'))).toBe(true);
      expect(chaptersOf(real).chapters.length).toBeGreaterThanOrEqual(parsed.length);
    }
  });
});

describe('text, Markdown and JSON', () => {
  const items = `- header: Intro\n- line: "First *bold* <b>"\n  sec: 65\n  time: '1:05'\n  who: Alexey\n- line: Continued.\n  who: Alexey\n- line: Still me.\n  sec: 70\n  time: '1:10'\n  who: Alexey\n- line: Answer.\n  sec: 75\n  time: '1:15'\n  who: Katie\n- header: Outro\n- line: Bye.\n  sec: 3700\n  time: '1:01:40'\n  who: Katie\n`;

  it('writes `[M:SS] Name: text`, a speaker’s following paragraphs under the first, headers as headings', () => {
    expect(exportEpisode(episode(items), 'txt').text).toBe(
      'Intro\n\n[1:05] Alexey: First *bold* <b>\n\nContinued.\n\nStill me.\n\n[1:15] Katie: Answer.\n\nOutro\n\n[1:01:40] Katie: Bye.\n',
    );
    expect(exportEpisode(episode(items), 'markdown').text).toBe(
      '## Intro\n\n**[1:05] Alexey:** First \\*bold\\* \\<b\\>\n\nContinued.\n\nStill me.\n\n**[1:15] Katie:** Answer.\n\n## Outro\n\n**[1:01:40] Katie:** Bye.\n',
    );
  });

  it('keeps every word of the seed and of real episodes, in order, in text', () => {
    for (const real of [doc, ...corpusDocs]) {
      const speakers = new Set(real.items.flatMap((i) => (i.kind === 'turn' && i.who?.trim() ? [i.who.trim()] : [])));
      const blocks = exportEpisode(real, 'txt').text.split('\n\n').filter((b) => b.trim() !== '');
      const words = blocks.flatMap((block) => {
        const m = /^(?:\[\d+:\d{2}(?::\d{2})?\] )?(?:([^:]+): )?/.exec(block)!;
        const rest = m[1] !== undefined && speakers.has(m[1]) ? block.slice(m[0].length) : block.replace(/^\[\d+:\d{2}(?::\d{2})?\] /, '');
        return rest.split(/\s+/u).filter((w) => w !== '');
      });
      const expected = real.items.flatMap((i) => (i.kind === 'turn' ? i.line.split(/\s+/u) : i.kind === 'header' ? i.header.split(/\s+/u) : [])).filter((w) => w !== '');
      expect({ file: real.file, words: words.join(' ') }).toEqual({ file: real.file, words: expected.join(' ') });
    }
  });

  it('writes the items as JSON, as a YAML reader loads them', () => {
    const data = JSON.parse(exportEpisode(episode(items), 'json').text) as { transcript: unknown[] };
    expect(data.transcript.slice(0, 3)).toEqual([{ header: 'Intro' }, { line: 'First *bold* <b>', sec: 65, time: '1:05', who: 'Alexey' }, { line: 'Continued.', who: 'Alexey' }]);
    const seedData = JSON.parse(exportEpisode(doc, 'json').text) as { transcript: unknown[] };
    expect(seedData.transcript).toHaveLength(doc.items.length);
  });
});
