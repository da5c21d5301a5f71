import type { EpisodeFile } from '../../shared/api.js';
import { api } from './api/index.js';
import './styles.css';

// The window's first file is asked for at once, and its first screen (the editor, in the layout
// index.html draws) shown as soon as it arrives. The rest of the app, React and the editing layer
// among it, loads meanwhile and takes over once that screen has painted.
const initialEpisode = api.initialEpisode();
const arrived = initialEpisode.then(
  (file): EpisodeFile | undefined => file,
  () => undefined,
);
const [{ showFirstScreen }, file] = await Promise.all([import('./app/first-screen.js'), arrived]);
const root = document.getElementById('root')!;
const first = showFirstScreen(root.querySelector<HTMLElement>('.transcript-pane')!, initialEpisode, file);
await first.editor.whenPainted();
const { mountApp } = await import('./mount-app.js');
mountApp(root, api, first);
