import { createRoot } from 'react-dom/client';
import type { Api, EpisodeFile } from '../../shared/api.js';
import { App } from './components/App.js';
import './styles.css';

/** Renders the app into `root`. */
export function mountApp(root: HTMLElement, api: Api, initialEpisode: Promise<EpisodeFile>): void {
  createRoot(root).render(<App api={api} initialEpisode={initialEpisode} />);
}
