// Runs once before every test run: says which test data runs, and makes a missing tool fail the run
// under CI (which installs them all), where a skip would hide that the most important checks did not run.
import { HAS_CHROMIUM, CHROMIUM } from '../e2e/support/browser.js';
import { describeCorpus } from './paths.js';
import { NO_PYYAML_NOTE, PYTHON_WITH_YAML } from './python.js';
import { hasSpeechTools } from './speech-audio.js';

/** Vitest's global setup: prints the data set; under CI, throws when PyYAML, Chromium or the speech tools are missing. */
export default function setup(): void {
  console.log(describeCorpus());
  const missing = [
    PYTHON_WITH_YAML ? undefined : NO_PYYAML_NOTE,
    HAS_CHROMIUM ? undefined : `SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium): the browser end-to-end tests did not run`,
    hasSpeechTools() ? undefined : 'SKIPPED: espeak-ng, sox or ffmpeg is missing (apt-get install espeak-ng sox ffmpeg): the Align to Audio tests, which speak synthetic episodes, did not run',
  ].filter((note) => note !== undefined);
  if (missing.length > 0 && process.env['CI']) {
    throw new Error(`CI is set, so these suites may not be skipped:\n${missing.join('\n')}`);
  }
  for (const note of missing) console.warn(note);
}
