/// <reference lib="webworker" />
// The English dictionary (Hunspell's, through nspell), in a worker: reading it takes a quarter of a
// second and a suggestion up to half a second, which the page must never wait for.
import nspell from 'nspell';
import aff from 'dictionary-en-files/index.aff?raw';
import dic from 'dictionary-en-files/index.dic?raw';
import { MAX_SUGGESTIONS, type SpellRequest, type SpellResponse } from './speller.js';

const dictionary = nspell(aff, dic);
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<SpellRequest>) => {
  const request = event.data;
  let response: SpellResponse;
  try {
    response =
      request.op === 'check'
        ? { id: request.id, known: request.words.map((word) => dictionary.correct(word)) }
        : { id: request.id, suggestions: dictionary.suggest(request.word).slice(0, MAX_SUGGESTIONS) };
  } catch (err) {
    response = { id: request.id, error: String(err) };
  }
  scope.postMessage(response);
};
