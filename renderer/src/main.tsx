import { createRoot } from 'react-dom/client';
import { api } from './api/index.js';
import { App } from './components/App.js';
import './styles.css';

createRoot(document.getElementById('root')!).render(<App api={api} />);
