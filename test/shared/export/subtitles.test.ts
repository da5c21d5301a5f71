import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEpisode } from '../../../shared/episode/index.js';
import { ExportError, exportEpisode } from '../../../shared/export/index.js';
import { corpusDocs, hasTimes, seedDoc, transcriptWords } from './support.js';

/** One cue read back from SRT or WebVTT. */
interface ReadCue {
  start: number;
  end: number;
  voice?: string;
  lines: string[];
}

const SRT_TIME = /^(\d{2}):(\d{2}):(\d{2}),(\d{3}) --> (\d{2}):(\d{2}):(\d{2}),(\d{3})$/;
const VTT_TIME = /^(\d{2}):(\d{2}):(\d{2})\.(\d{3}) --> (\d{2}):(\d{2}):(\d{2})\.(\d{3})$/;

function ms(parts: string[]): [number, number] {
  const n = parts.map(Number);
  return [((n[0]! * 60 + n[1]!) * 60 + n[2]!) * 1000 + n[3]!, ((n[4]! * 60 + n[5]!) * 60 + n[6]!) * 1000 + n[7]!];
}

/** A strict SRT reader: numbered blocks from 1, one timing line, text lines, one blank line between blocks. */
function readSrt(text: string): ReadCue[] {
  expect(text.endsWith('\n')).toBe(true);
  return text.trimEnd().split('\n\n').map((block, i) => {
    const [number, timing, ...lines] = block.split('\n');
    const match = SRT_TIME.exec(timing!);
    if (number !== String(i + 1) || !match || lines.length === 0) throw new Error(`SRT block ${i + 1} is not a cue: ${block}`);
    const [start, end] = ms(match.slice(1));
    return { start, end, lines };
  });
}

/** A strict WebVTT reader: the header, then blocks of a timing line and text; a voice span opens the first line. */
function readVtt(text: string): ReadCue[] {
  const [header, ...blocks] = text.trimEnd().split('\n\n');
  expect(header).toBe('WEBVTT');
  return blocks.map((block, i) => {
    const [timing, ...lines] = block.split('\n');
    const match = VTT_TIME.exec(timing!);
    if (!match || lines.length === 0) throw new Error(`WebVTT block ${i + 1} is not a cue: ${block}`);
    const [start, end] = ms(match.slice(1));
    const voice = /^<v ([^>]+)>/.exec(lines[0]!);
    if (voice) lines[0] = lines[0]!.slice(voice[0].length);
    if (lines.some((line) => /[<>]|-->/.test(line))) throw new Error(`WebVTT cue ${i + 1} has unescaped markup: ${block}`);
    const unescape = (l: string) => l.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    return { start, end, ...(voice && { voice: unescape(voice[1]!) }), lines: lines.map(unescape) };
  });
}

/** What is wrong with cues: times that go back or overlap, a cue under a second, more than two lines, a line over 42 characters (bar one longer word). */
function cueFaults(cues: readonly ReadCue[]): string[] {
  const faults: string[] = [];
  let lastEnd = 0;
  cues.forEach((cue, i) => {
    if (cue.start < lastEnd) faults.push(`cue ${i + 1} starts at ${cue.start} before the last ended (${lastEnd})`);
    if (cue.end - cue.start < 1000) faults.push(`cue ${i + 1} lasts ${cue.end - cue.start} ms`);
    if (cue.lines.length > 2) faults.push(`cue ${i + 1} has ${cue.lines.length} lines`);
    for (const line of cue.lines) if (line.length > 42 && line.replace(/^[^ ]+: /, '').includes(' ')) faults.push(`cue ${i + 1}: line of ${line.length}: ${line}`);
    lastEnd = cue.end;
  });
  return faults;
}

function checkCues(cues: readonly ReadCue[]) {
  expect(cueFaults(cues)).toEqual([]);
}

const words = (cues: readonly ReadCue[]) => cues.flatMap((c) => c.lines.join(' ').split(' ').filter((w) => w !== ''));

describe('SRT and WebVTT', () => {
  const doc = seedDoc();

  it('puts the seed’s turns into cues starting at each turn’s time, the speaker as a voice in WebVTT', () => {
    const vtt = readVtt(exportEpisode(doc, 'vtt').text);
    checkCues(vtt);
    const first = doc.items.find((i) => i.kind === 'turn' && i.sec !== undefined)!;
    expect(vtt[0]).toMatchObject({ start: 93_000, voice: 'Alexey' });
    expect(first.kind === 'turn' && first.sec).toBe(93);
    // Katie's short turn at 1:43 is one cue, which ends where the next turn starts (1:45).
    expect(vtt.find((c) => c.start === 103_000)).toEqual({ start: 103_000, end: 105_000, voice: 'Katie', lines: ['Yeah, Katie. Katie Bauer.'] });
    expect(words(vtt)).toEqual(transcriptWords(doc));
    expect(vtt.every((c) => c.voice !== undefined)).toBe(true);
  });

  it('starts each turn with `Name: ` in SRT when asked, and leaves headers out', () => {
    const plain = readSrt(exportEpisode(doc, 'srt').text);
    const named = readSrt(exportEpisode(doc, 'srt', { speakerPrefix: true }).text);
    checkCues(plain);
    checkCues(named);
    expect(words(plain)).toEqual(transcriptWords(doc));
    expect(named[0]!.lines[0]).toMatch(/^Alexey: This week/);
    const stripped = named.map((c, i) => ({ ...c, lines: c.lines.map((l, j) => (j === 0 && (i === 0 || named[i - 1]!.end <= c.start) ? l.replace(/^(Alexey|Katie): /, '') : l)) }));
    expect(words(stripped)).toEqual(transcriptWords(doc));
    const headers = doc.items.flatMap((i) => (i.kind === 'header' ? [i.header] : []));
    const all = plain.map((c) => c.lines.join(' ')).join('\n');
    for (const h of headers) expect(all).not.toContain(h);
  });

  it('splits a long turn into cues of two lines timed by its words, and never lets turns at one time overlap', () => {
    const long = 'word '.repeat(60).trim();
    const text = `---\ntranscript:\n- line: ${long}\n  sec: 10\n  time: '0:10'\n  who: A\n- line: Same time.\n  sec: 10\n  time: '0:10'\n  who: B\n- line: Back in time.\n  sec: 5\n  time: '0:05'\n  who: A\n- line: Later.\n  sec: 40\n  time: '0:40'\n  who: B\n---\n`;
    const result = exportEpisode(parseEpisode(text), 'srt');
    const cues = readSrt(result.text);
    checkCues(cues);
    expect(words(cues)).toEqual([...long.split(' '), 'Same', 'time.', 'Back', 'in', 'time.', 'Later.']);
    expect(cues.length).toBeGreaterThanOrEqual(5);
    expect(result.warnings.join(' ')).toMatch(/go back/);
    expect(cues[cues.length - 1]!.start).toBe(40_000);
  });

  it('refuses a transcript without times, saying why', () => {
    const doc = parseEpisode('---\ntranscript:\n- line: Hello.\n  who: A\n---\n', 'untimed.md');
    expect(() => exportEpisode(doc, 'vtt')).toThrow(ExportError);
    expect(() => exportEpisode(doc, 'srt')).toThrow(/untimed\.md: SRT needs times/);
  });

  it('keeps every word in order, in valid cues, on every real episode with times', () => {
    let checked = 0;
    for (const real of corpusDocs.filter(hasTimes)) {
      const srt = readSrt(exportEpisode(real, 'srt', { speakerPrefix: false }).text);
      const vtt = readVtt(exportEpisode(real, 'vtt').text);
      checkCues(srt);
      checkCues(vtt);
      // SRT cannot escape an arrow, so `-->` loses a dash there.
      const expected = transcriptWords(real);
      expect({ file: real.file, words: words(vtt).join(' ') }).toEqual({ file: real.file, words: expected.join(' ') });
      expect({ file: real.file, words: words(srt).join(' ') }).toEqual({ file: real.file, words: expected.join(' ').replace(/-->/g, '->') });
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });
});

const FFMPEG = spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status === 0;
const NO_FFMPEG = 'SKIPPED: no ffmpeg (install Debian ffmpeg): exported subtitles were not read by ffmpeg';
if (!FFMPEG) {
  console.warn(NO_FFMPEG);
  if (process.env.CI) throw new Error(`${NO_FFMPEG}, and CI is set`);
}

describe.skipIf(!FFMPEG)('ffmpeg', () => {
  it('reads the exported SRT and WebVTT without an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-subtitles-'));
    const docs = [seedDoc(), ...corpusDocs.filter(hasTimes).slice(0, 3)];
    docs.forEach((doc, i) => {
      for (const format of ['srt', 'vtt'] as const) {
        const file = join(dir, `${i}.${format}`);
        writeFileSync(file, exportEpisode(doc, format, { speakerPrefix: true }).text);
        // ffmpeg reads the file as a subtitle stream and writes it out again as WebVTT: every cue, no error.
        const run = spawnSync('ffmpeg', ['-v', 'error', '-nostdin', '-i', file, '-f', 'webvtt', '-'], { encoding: 'utf8' });
        expect({ file: doc.file, format, status: run.status, stderr: run.stderr }).toEqual({ file: doc.file, format, status: 0, stderr: '' });
        const ours = format === 'srt' ? readSrt(readFileSync(file, 'utf8')) : readVtt(readFileSync(file, 'utf8'));
        expect(run.stdout.match(/ --> /g)?.length).toBe(ours.length);
      }
    });
  });
});
