/**
 * `npm run bench`: speed and memory figures, printed, never asserted. Engine: parse, validate and
 * write of the largest corpus episode and of a synthetic 5,000-turn one; hostile and big files
 * (20,000 aliases, a billion laughs, deep nesting, 10 and 50 MB of real turns: hostile-bench.ts); alignment of 25,000 words
 * to 25,000 caption words (align-bench.ts). Audio: peaks of a 60-minute file, cold and cached. Editor: the same two files, and a 60-minute audio, opened in the harness in
 * Chromium (skipped with a note where Chromium is missing); the time until the first turn shows is
 * also compared with a bare CodeMirror page showing the same file (first-turn-bench.ts). Align to audio:
 * a 20-minute synthetic episode (espeak-ng speaking a corpus episode's turns) recognised and aligned,
 * skipped with a note where espeak-ng, sox or ffmpeg is missing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, HAS_CHROMIUM, launchBrowser } from '../e2e/support/browser.js';
import { describeSpeech, measureSpeech, SPEECH_MINUTES } from '../main/services/speech/measure.js';
import { describeCorpus, filesOf } from '../support/paths.js';
import { hasSpeechTools } from '../support/speech-audio.js';
import { benchAlign } from './align-bench.js';
import { benchPeaks } from './audio-bench.js';
import { benchEditor } from './editor-bench.js';
import { benchEngine, largestFile, read } from './engine-bench.js';
import { benchFirstTurn } from './first-turn-bench.js';
import { benchHostile } from './hostile-bench.js';
import { syntheticEpisode } from './synthetic.js';
import { benchWaveform } from './waveform-bench.js';

const largest = largestFile(filesOf('episodes'));
const synthetic = join(mkdtempSync(join(tmpdir(), 'episode-bench-')), 'synthetic-5000.md');
writeFileSync(synthetic, syntheticEpisode(5000));

const print = (lines: string[]) => console.log(`${lines.join('\n')}\n`);
console.log(`Episode Editor benchmarks, ${new Date().toISOString()}, node ${process.version}\n${describeCorpus()}\n`);
// First, so that the peak memory it reports is its own, not the big files' of the benchmarks after it.
if (hasSpeechTools()) {
  const speech = await measureSpeech();
  print([`align to audio, synthetic ${SPEECH_MINUTES}-minute episode (one thread, no captions)`, `  ${describeSpeech(speech)}`]);
} else {
  console.log('SKIPPED: no espeak-ng, sox or ffmpeg (apt-get install espeak-ng sox ffmpeg): align to audio was not measured\n');
}

print(benchEngine('largest corpus episode', read(largest)));
print(benchEngine('synthetic 5,000 turns', read(synthetic)));
print(benchHostile(read(largest)));
print(benchAlign());

print(await benchPeaks());

if (HAS_CHROMIUM) {
  const browser = await launchBrowser();
  try {
    print([
      ...(await benchFirstTurn('largest corpus episode', largest, browser, 1.3)),
      ...(await benchFirstTurn('synthetic 5,000 turns', synthetic, browser, 1.6)),
    ]);
    print(await benchEditor('largest corpus episode', largest, browser));
    print(await benchEditor('synthetic 5,000 turns', synthetic, browser));
    print(await benchWaveform(browser));
  } finally {
    await browser.close();
  }
} else {
  console.log(`SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium): the editor and waveform figures were not measured`);
}
