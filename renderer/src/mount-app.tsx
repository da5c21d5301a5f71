import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Api, EpisodeFile } from '../../shared/api.js';
import { App } from './components/App.js';
import './styles.css';

/** Renders the app into `root`. */
export function mountApp(root: HTMLElement, api: Api, initialEpisode: Promise<EpisodeFile>): void {
  // Rendered at once, not at React's next scheduled turn: the first screen waits for nothing else.
  const reactRoot = createRoot(root);
  flushSync(() => reactRoot.render(<App api={api} initialEpisode={initialEpisode} />));
}
