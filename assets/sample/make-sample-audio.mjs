#!/usr/bin/env node
// Makes sample-episode.mp3, the bundled sample's audio: each turn of sample-episode.md spoken by
// espeak-ng at its own `sec`, one voice per speaker, so that the waveform, the regions and playback
// line up with the real transcript times. The transcript starts at 1:33, as the real episode does:
// the first 93 seconds are a quiet synthesized intro (sox) with a spoken note saying so.
//
// Needs espeak-ng, sox and ffmpeg (Debian: apt-get install espeak-ng sox ffmpeg). Run from anywhere:
//   node assets/sample/make-sample-audio.mjs
// The output is the same byte for byte on every run with the same tool versions.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const HERE = dirname(fileURLToPath(import.meta.url));
const EPISODE = join(HERE, 'sample-episode.md');
const OUTPUT = join(HERE, 'sample-episode.mp3');

/** One voice per speaker, in order of first appearance (Alexey, then Katie). */
const VOICES = ['en-gb+m3', 'en-us+f3'];
/** espeak-ng's words per minute: about a podcast's pace. */
const WORDS_PER_MINUTE = 175;
/** The fastest a turn is sped up to fit before the next one; past that, it is cut short with a fade. */
const MAX_TEMPO = 1.6;
/** Silence left before the next turn starts. */
const GAP = 0.4;
/** espeak-ng writes 22.05 kHz mono; every piece uses that, so sox can join them as they are. */
const RATE = '22050';

const work = mkdtempSync(join(tmpdir(), 'sample-audio-'));
const file = (name) => join(work, name);
const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
const seconds = (path) => Number(run('sox', ['--i', '-D', path]));
// -R: no random dither, so that a rerun gives the same bytes.
const sox = (...args) => run('sox', ['-R', ...args]);

/** The turns: timed items, with untimed continuation lines and same-time paragraphs of one speaker joined to them. */
function readTurns() {
  const text = readFileSync(EPISODE, 'utf8');
  const frontmatter = text.split(/^---$/m)[1];
  const turns = [];
  for (const item of parse(frontmatter).transcript) {
    if (typeof item.line !== 'string') continue;
    const last = turns.at(-1);
    const sameTurn = last && (item.sec === undefined || (item.sec === last.sec && item.who === last.who));
    if (sameTurn) last.text += ` ${item.line}`;
    else turns.push({ sec: item.sec, who: item.who, text: item.line });
  }
  // Stage directions ([chuckles]) and markup are not read aloud.
  return turns.map((t) => ({ ...t, text: t.text.replace(/\[[^\]]*\]/g, '').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim() }));
}

/** Speaks a text into a wav file. */
function speak(text, voice, path) {
  writeFileSync(file('say.txt'), text);
  run('espeak-ng', ['-v', voice, '-s', String(WORDS_PER_MINUTE), '-w', path, '-f', file('say.txt')]);
}

/** The first 93 s: four soft plucked chords over and over, fading out, with a spoken note at 2 s. */
function makeIntro(length, voice) {
  const chords = [
    [261.63, 329.63, 392.0],
    [220.0, 261.63, 329.63],
    [174.61, 220.0, 261.63],
    [196.0, 246.94, 293.66],
  ];
  const parts = chords.map((notes, i) => {
    const path = file(`chord-${i}.wav`);
    sox('-n', '-r', RATE, '-c', '3', path, 'synth', '4', ...notes.flatMap((f) => ['pluck', String(f)]), 'remix', '-', 'vol', '0.3');
    return path;
  });
  const cycles = Math.ceil(length / 16);
  sox(...parts, '-c', '1', file('music.wav'), 'repeat', String(cycles - 1), 'trim', '0', String(length), 'fade', 't', '2', String(length), '8');
  speak('This is the sample episode of Episode Editor. The voices are synthesized. The conversation starts at one minute thirty three.', voice, file('note.wav'));
  sox(file('note.wav'), file('note-placed.wav'), 'pad', '2', `${length}`, 'trim', '0', String(length));
  sox('-m', '-v', '1', file('music.wav'), '-v', '1', file('note-placed.wav'), file('intro.wav'));
  return file('intro.wav');
}

/** One turn as a piece exactly `slot` seconds long: its speech (sped up or cut if it must), then silence. */
function makeTurn(turn, voice, slot, index) {
  const spoken = file(`turn-${index}.wav`);
  speak(turn.text, voice, spoken);
  const length = seconds(spoken);
  const room = slot - GAP;
  const effects = [];
  let note = '';
  if (length > room) {
    const tempo = Math.min(MAX_TEMPO, length / room);
    effects.push('tempo', '-s', tempo.toFixed(3));
    note = ` tempo ${tempo.toFixed(2)}`;
    if (length / tempo > room) {
      effects.push('trim', '0', room.toFixed(3), 'fade', 't', '0', room.toFixed(3), '0.3');
      note += ', cut';
    }
  }
  const piece = file(`piece-${index}.wav`);
  sox(spoken, piece, ...effects, 'pad', '0', String(slot), 'trim', '0', slot.toFixed(3));
  console.log(`${String(turn.sec).padStart(4)} s ${turn.who.padEnd(8)} ${length.toFixed(1).padStart(5)} s of speech in ${slot.toFixed(0).padStart(3)} s${note}`);
  return piece;
}

try {
  const turns = readTurns();
  const speakers = [...new Set(turns.map((t) => t.who))];
  const voiceOf = (who) => VOICES[speakers.indexOf(who) % VOICES.length];
  const pieces = [makeIntro(turns[0].sec, VOICES[0])];
  turns.forEach((turn, i) => {
    const next = turns[i + 1];
    // The last turn gets its whole speech and two seconds of silence after it.
    const slot = next ? next.sec - turn.sec : Infinity;
    if (next) pieces.push(makeTurn(turn, voiceOf(turn.who), slot, i));
    else {
      speak(turn.text, voiceOf(turn.who), file('last.wav'));
      pieces.push(makeTurn(turn, voiceOf(turn.who), seconds(file('last.wav')) + 2 + GAP, i));
    }
  });
  sox(...pieces, file('episode.wav'));
  // Mono MP3 at 16 kbps and 16 kHz: plenty for synthesized speech, and under 2 MB for 13 minutes.
  run('ffmpeg', [
    '-v', 'error', '-nostdin', '-y', '-i', file('episode.wav'),
    '-ac', '1', '-ar', '16000', '-c:a', 'libmp3lame', '-b:a', '16k',
    '-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact',
    '-metadata', 'title=Episode Editor sample (synthesized speech)',
    OUTPUT,
  ]);
  console.log(`${OUTPUT}: ${seconds(file('episode.wav')).toFixed(1)} s, ${(statSync(OUTPUT).size / 1024).toFixed(0)} KB`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
