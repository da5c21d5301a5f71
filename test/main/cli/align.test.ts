import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEpisode, serializeEpisode, withItems, type TranscriptItem } from '../../../shared/episode/index.js';
import { runEpisodeCli as run, tempCopy, tempDir } from '../../support/cli.js';
import { differingLines } from '../../support/diff.js';
import { corpusFile, seed } from '../../support/paths.js';
import { episodeSpeech, hasSpeechTools } from '../../support/speech-audio.js';
import { SPEECH_EPISODE } from '../services/speech/measure.js';

const EPISODE = corpusFile('episodes', 'datatalksclub-building-sustainable-data-community-3-years-anniversary.md');
const CAPTIONS = seed('001');

/** The file lines of the `sec:` and `time:` of the turns whose sec differs between two texts. */
function timeLinesOfMovedTurns(before: string, after: string): number[] {
  const a = parseEpisode(before).items;
  const b = parseEpisode(after).items;
  const lines: number[] = [];
  a.forEach((item, k) => {
    const other = b[k]!;
    if (item.kind !== 'turn' || other.kind !== 'turn' || item.sec === other.sec) return;
    const own = item.origin!.text.split('\n');
    for (const key of ['sec', 'time']) lines.push(item.origin!.line + own.findIndex((l) => l.startsWith(`  ${key}:`)));
  });
  return lines.sort((x, y) => x - y);
}

describe('episode align', () => {
  it('writes --out with only the moved turns’ sec and time lines changed, and reports each turn', async () => {
    const copy = tempCopy(EPISODE);
    const out = join(tempDir(), 'aligned.md');
    const before = readFileSync(copy, 'utf8');
    const { code, out: printed, err } = await run('align', '--captions', CAPTIONS, copy, '--out', out, '--report');
    expect(code).toBe(0);
    expect(readFileSync(copy, 'utf8')).toBe(before);
    const after = readFileSync(out, 'utf8');
    const changed = differingLines(before, after);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed).toEqual(timeLinesOfMovedTurns(before, after));
    const lines = printed.trim().split('\n');
    expect(lines).toHaveLength(135);
    expect(lines[1]).toBe(`${copy}:121: 0:27 -> 0:28 Alexey (matched, +1 s)`);
    expect(err).toMatch(new RegExp(`^${copy}: 135 turns aligned: 134 matched, 1 estimated; ${changed.length / 2} moved \\(median 1 s, max 2 s\\), 0 timed anew; .* -> ${out}\\n$`));
  });

  it('aligns in place without --out', async () => {
    const copy = tempCopy(EPISODE);
    const before = readFileSync(copy, 'utf8');
    const { code, out } = await run('align', '--captions', CAPTIONS, copy);
    expect(code).toBe(0);
    expect(out).toBe('');
    const after = readFileSync(copy, 'utf8');
    expect(differingLines(before, after)).toEqual(timeLinesOfMovedTurns(before, after));
  });

  it('says when the captions run later, and keeps the episode’s timeline with --undo-shift', async () => {
    const dir = tempDir();
    const copy = tempCopy(EPISODE, 'episode.md', dir);
    const shifted = join(dir, 'later.txt');
    const later = readFileSync(CAPTIONS, 'utf8').replace(/^(\d+):(\d\d)(?::(\d\d))? /gm, (_all, a: string, b: string, c?: string) => {
      const sec = (c === undefined ? Number(a) * 60 + Number(b) : Number(a) * 3600 + Number(b) * 60 + Number(c)) + 12;
      const h = Math.floor(sec / 3600);
      const m = Math.floor((sec % 3600) / 60);
      const s = String(sec % 60).padStart(2, '0');
      return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s} ` : `${m}:${s} `;
    });
    writeFileSync(shifted, later);
    const plain = await run('align', '--captions', shifted, copy, '--out', join(dir, 'plain.md'));
    expect(plain.err).toContain(`${copy}: the captions run 12 s later than the episode’s times; pass --undo-shift to keep the episode’s timeline`);
    const undone = await run('align', '--captions', shifted, copy, '--out', join(dir, 'undone.md'), '--undo-shift');
    expect(undone.code).toBe(0);
    expect(undone.err).toContain('taken off the new times (--undo-shift)');
    expect(undone.err).toMatch(/median 1 s/);
  });

  it('refuses unreadable captions naming the file and line, and writes nothing', async () => {
    const dir = tempDir();
    const copy = tempCopy(EPISODE, 'episode.md', dir);
    const before = readFileSync(copy, 'utf8');
    const bad = join(dir, 'bad.srt');
    writeFileSync(bad, '1\n00:00:01,000 --> 00:00:02,000\n\n2\nno time line here\nGeneral Kenobi\n');
    const { code, err } = await run('align', '--captions', bad, copy);
    expect(code).toBe(2);
    expect(err).toContain(`${bad}:4: its cues hold no text; here, cue 2 has no time line, skipped: “no time line here”`);
    expect(readFileSync(copy, 'utf8')).toBe(before);
  });

  it('asks for one of --captions and --audio, and exactly one episode', async () => {
    expect((await run('align', EPISODE)).err).toContain('episode align: name the caption file with --captions CAPTIONS, or the audio with --audio AUDIO (one of them)');
    expect((await run('align', '--captions', CAPTIONS, '--audio', 'a.mp3', EPISODE)).err).toContain('(one of them)');
    expect((await run('align', '--captions', CAPTIONS, '--seed', EPISODE)).err).toContain('episode align: --seed goes with --audio');
    expect((await run('align', '--audio', 'a.mp3', '--all', EPISODE)).err).toContain('episode align: --all and --undo-shift go with --captions');
    const two = await run('align', '--captions', CAPTIONS, EPISODE, EPISODE);
    expect(two.code).toBe(2);
    expect(two.err).toContain('episode align: name exactly one episode to align');
  });
});

describe.skipIf(!hasSpeechTools())('episode align --audio', () => {
  it('times an untimed episode from its audio: progress on stderr, every turn timed, only times written', async () => {
    const dir = tempDir();
    const audio = await episodeSpeech(SPEECH_EPISODE, 150);
    // The episode's first turns, their times stripped: what an untimed transcript of that audio is.
    const timed = parseEpisode(readFileSync(SPEECH_EPISODE, 'utf8'), SPEECH_EPISODE);
    const first = timed.items.filter((item) => item.kind === 'turn' && item.sec !== undefined && item.sec < 150);
    const untimed = join(dir, 'untimed.md');
    writeFileSync(untimed, serializeEpisode(withItems(timed, first.map((item) => ({ kind: 'turn', line: item.kind === 'turn' ? item.line : '', ...(item.kind === 'turn' && item.who !== undefined && { who: item.who }) }) as TranscriptItem))));
    const out = join(dir, 'timed.md');
    const { code, err } = await run('align', '--audio', audio.path, untimed, '--out', out);
    expect(code).toBe(0);
    expect(err).toMatch(/listening, \d+%/);
    expect(err).toMatch(/\d+ words recognised in \d+ s/);
    const turns = parseEpisode(readFileSync(out, 'utf8'), out).items.filter((item) => item.kind === 'turn');
    expect(turns.map((t) => t.kind === 'turn' && t.line)).toEqual(first.map((t) => t.kind === 'turn' && t.line));
    const within2 = turns.filter((t, i) => t.kind === 'turn' && t.sec !== undefined && Math.abs(t.sec - (first[i] as { sec: number }).sec) <= 2).length;
    console.log(`episode align --audio: ${within2} of ${turns.length} turn starts within 2 s (${Math.round(audio.seconds)} s of synthetic speech)`);
    expect(within2).toBeGreaterThanOrEqual(turns.length - 1);
  }, 180_000);
});
