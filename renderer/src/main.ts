import { api } from './api/index.js';

// Ask for the first file at once: this small entry loads before the rest of the app, so reading the
// file overlaps with loading and starting React, CodeMirror and the waveform.
const initialEpisode = api.initialEpisode();
const { mountApp } = await import('./mount-app.js');
mountApp(document.getElementById('root')!, api, initialEpisode);
