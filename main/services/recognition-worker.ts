// The recognition worker thread's script (see recognition.ts): recognises the audio it is given and
// posts progress, then the words or the error.
import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage } from '../../shared/errors.js';
import type { RecognitionMessage, RecognitionRequest } from './recognition.js';
import { recogniseAudio } from './speech/recognise-audio.js';

const post = (message: RecognitionMessage) => parentPort!.postMessage(message);
const request = workerData as RecognitionRequest;
// Progress is posted at most every 1 %, so that a long run does not flood the window with events.
let shown = -1;
recogniseAudio(request.audioPath, request.texts, {
  ...(request.knownSecs && { knownSecs: request.knownSecs.map((sec) => sec ?? undefined) }),
  ...(request.skipKnown && { skipKnown: true }),
  onProgress: (fraction) => {
    const percent = Math.floor(fraction * 100);
    if (percent > shown) post({ progress: fraction });
    shown = Math.max(shown, percent);
  },
}).then(
  (words) => post({ words }),
  (err: unknown) => post({ error: errorMessage(err) }),
);
