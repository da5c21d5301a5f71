import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Api } from '../../shared/api.js';
import type { FirstScreen } from './app/first-screen.js';
import { App } from './components/App.js';

/** Renders the app into `root` (replacing the first screen's layout, and taking over its editor). */
export function mountApp(root: HTMLElement, api: Api, first: FirstScreen): void {
  // Rendered at once, in one task with the editor's move: nothing paints in between.
  const reactRoot = createRoot(root);
  flushSync(() => reactRoot.render(<App api={api} first={first} />));
}
