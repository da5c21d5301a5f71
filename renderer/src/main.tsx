import { createRoot } from 'react-dom/client';
import { api } from './api/index.js';
import { App } from './components/App.js';
import './styles.css';

// Ask for the first file before React mounts, so that reading it overlaps with building the window.
const initialEpisode = api.initialEpisode();
createRoot(document.getElementById('root')!).render(<App api={api} initialEpisode={initialEpisode} />);
