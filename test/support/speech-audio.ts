/**
 * Synthetic episode audio for the speech tests and the bench: each turn of a real episode spoken by
 * espeak-ng at its published `sec` (one voice per speaker, sped up to fit before the next turn), quiet
 * noise under everything, as `assets/sample/make-sample-audio.mjs` does for the sample. The built MP3 is
 * kept under the OS temp folder, named by a hash of its turns and recipe, so reruns take no time.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseEpisode, type TranscriptItem } from '../../shared/episode/index.js';
import { TEST_AUDIO_CACHE } from './audio.js';

const run = promisify(execFile);

/** One spoken turn: its published start, speaker and the text read aloud. */
export interface SpokenTurn {
  readonly sec: number;
  readonly who: string;
  readonly text: string;
}

/** A built synthetic episode. */
export interface SpeechAudio {
  /** The MP3 (16 kHz mono). */
  readonly path: string;
  /** Its length in seconds. */
  readonly seconds: number;
  /** The turns spoken, in order. */
  readonly turns: readonly SpokenTurn[];
}

/** One voice per speaker, in order of first appearance. */
const VOICES = ['en-gb+m3', 'en-us+f3'];
/** espeak-ng's words per minute for a turn with room to spare: about a podcast's pace. */
const WORDS_PER_MINUTE = 175;
/** The fastest espeak-ng is asked to speak to fit a turn before the next; past it, sox speeds it up more. */
const MAX_WORDS_PER_MINUTE = 320;
/** The fastest sox speeds a turn up; past that, it is cut short with a fade. */
const MAX_TEMPO = 1.4;
/** Silence left before the next turn starts. */
const GAP = 0.4;
/** The noise under the speech (sox `vol`): synthetic silence is exact zeros, which no recording has. */
const NOISE_VOLUME = 0.004;
/** Changing how the audio is made changes this, so that cached files are rebuilt. */
const RECIPE = 'speech-audio v1';
/** espeak-ng writes 22.05 kHz mono; every piece uses that, so sox can join them as they are. */
const RATE = '22050';

/** True when espeak-ng, sox and ffmpeg are all installed. */
export function hasSpeechTools(): boolean {
  return [['espeak-ng', '--version'], ['sox', '--version'], ['ffmpeg', '-version']].every(([tool, flag]) => {
    try {
      execFileSync(tool!, [flag!], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
}

/** The turns of an episode that start before `untilSec`: continuation lines and same-time paragraphs of one speaker joined to their turn, notes and markup left out. */
export function spokenTurns(items: readonly TranscriptItem[], untilSec = Infinity): SpokenTurn[] {
  const turns: { sec: number; who: string; text: string }[] = [];
  for (const item of items) {
    if (item.kind !== 'turn') continue;
    const last = turns.at(-1);
    if (last && (item.sec === undefined || (item.sec === last.sec && item.who === last.who))) last.text += ` ${item.line}`;
    else if (item.sec !== undefined && item.sec < untilSec) turns.push({ sec: item.sec, who: item.who ?? '', text: item.line });
    else if (item.sec !== undefined) break;
  }
  return turns.map((t) => ({ ...t, text: t.text.replace(/\[[^\]]*\]/g, '').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim() }));
}

/** The first `untilSec` seconds of an episode file as synthetic speech (built once, then read from the cache). */
export async function episodeSpeech(episodePath: string, untilSec = Infinity): Promise<SpeechAudio> {
  const items = parseEpisode(readFileSync(episodePath, 'utf8'), episodePath).items;
  return speechAudio(spokenTurns(items, untilSec));
}

/** The audio of `turns`, each spoken at its `sec` (built once, then read from the cache). */
export async function speechAudio(turns: readonly SpokenTurn[]): Promise<SpeechAudio> {
  const key = createHash('sha256').update(JSON.stringify({ RECIPE, turns, VOICES, WORDS_PER_MINUTE, MAX_TEMPO, GAP, NOISE_VOLUME })).digest('hex').slice(0, 16);
  const path = join(TEST_AUDIO_CACHE, `speech-${key}.mp3`);
  if (!existsSync(path)) await build(turns, path);
  return { path, seconds: await soxSeconds(path), turns };
}

async function soxSeconds(path: string): Promise<number> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', path]);
  return Number(stdout.trim());
}

async function build(turns: readonly SpokenTurn[], path: string): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'speech-audio-'));
  const file = (name: string) => join(work, name);
  // -R: no random dither or noise seed, so that a rebuild gives the same audio.
  const sox = (...args: string[]) => run('sox', ['-R', ...args]);
  const wavSeconds = async (wav: string) => Number((await run('sox', ['--i', '-D', wav])).stdout);
  const speakers = [...new Set(turns.map((t) => t.who))];
  const voiceOf = (who: string) => VOICES[speakers.indexOf(who) % VOICES.length]!;
  const speak = async (text: string, voice: string, wpm: number, wav: string) => {
    writeFileSync(`${wav}.txt`, text);
    await run('espeak-ng', ['-v', voice, '-s', String(Math.round(wpm)), '-w', wav, '-f', `${wav}.txt`]);
    return wavSeconds(wav);
  };
  /** One turn as a piece exactly `slot` seconds long (Infinity: its whole speech and 2 s): its speech, fitted, then silence. */
  const piece = async (turn: SpokenTurn, slot: number, index: number): Promise<string> => {
    const voice = voiceOf(turn.who);
    const spoken = file(`turn-${index}.wav`);
    let length = await speak(turn.text, voice, WORDS_PER_MINUTE, spoken);
    const room = slot - GAP;
    if (length > room) length = await speak(turn.text, voice, Math.min(MAX_WORDS_PER_MINUTE, (WORDS_PER_MINUTE * length) / room), spoken);
    const effects: string[] = [];
    if (length > room) {
      const tempo = Math.min(MAX_TEMPO, length / room);
      effects.push('tempo', '-s', tempo.toFixed(3));
      if (length / tempo > room) effects.push('trim', '0', room.toFixed(3), 'fade', 't', '0', room.toFixed(3), '0.3');
    }
    const total = Number.isFinite(slot) ? slot : length + 2 + GAP;
    const out = file(`piece-${index}.wav`);
    await sox(spoken, out, ...effects, 'pad', '0', String(total), 'trim', '0', total.toFixed(3));
    return out;
  };
  try {
    const pieces: string[] = [];
    if (turns[0] && turns[0].sec > 0) {
      await sox('-n', '-r', RATE, '-c', '1', file('lead.wav'), 'trim', '0', String(turns[0].sec));
      pieces.push(file('lead.wav'));
    }
    // Two at a time: espeak-ng and sox each use one core.
    const made = new Array<string>(turns.length);
    let next = 0;
    const worker = async () => {
      while (next < turns.length) {
        const k = next++;
        made[k] = await piece(turns[k]!, turns[k + 1] ? turns[k + 1]!.sec - turns[k]!.sec : Infinity, k);
      }
    };
    await Promise.all([worker(), worker()]);
    pieces.push(...made);
    await sox(...pieces, file('speech.wav'));
    const seconds = await wavSeconds(file('speech.wav'));
    await sox('-n', '-r', RATE, '-c', '1', file('noise.wav'), 'synth', seconds.toFixed(3), 'pinknoise', 'vol', String(NOISE_VOLUME));
    await sox('-m', file('speech.wav'), file('noise.wav'), file('episode.wav'));
    mkdirSync(TEST_AUDIO_CACHE, { recursive: true });
    const partial = `${path}.${process.pid}.part.mp3`;
    await run('ffmpeg', ['-v', 'error', '-nostdin', '-y', '-i', file('episode.wav'), '-ac', '1', '-ar', '16000', '-c:a', 'libmp3lame', '-b:a', '32k', partial]);
    renameSync(partial, path);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
