import type { Api } from '../../../shared/api.js';
import { parseEpisode } from '../../../shared/episode/index.js';

/** What a file dropped on the window turns into. */
export type DroppedFileAction =
  | { readonly kind: 'open'; readonly path: string }
  | { readonly kind: 'new'; readonly name: string; readonly text: string }
  | { readonly kind: 'import'; readonly raw: { readonly path: string; readonly text: string } };

/**
 * Listens for files dropped anywhere on the window (ahead of CodeMirror, which would paste their
 * text). In the app a dropped file has a path and is opened by main; where it has none (a plain
 * browser) its text is read from the drop itself. A file that is not an episode goes to the importer.
 */
export function listenForFileDrops(api: Api, onDrop: (action: DroppedFileAction) => void): () => void {
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer!.dropEffect = 'copy';
  };
  const onDropEvent = (event: DragEvent) => {
    const file = event.dataTransfer?.files[0];
    if (!hasFiles(event) || !file) return;
    event.preventDefault();
    event.stopPropagation();
    void actionFor(api, file).then(onDrop);
  };
  window.addEventListener('dragover', onDragOver, true);
  window.addEventListener('drop', onDropEvent, true);
  return () => {
    window.removeEventListener('dragover', onDragOver, true);
    window.removeEventListener('drop', onDropEvent, true);
  };
}

async function actionFor(api: Api, file: File): Promise<DroppedFileAction> {
  const path = api.pathForFile(file);
  // The app reads through main (the renderer never touches files); a plain browser only has the drop.
  const text = path ? ((await api.openRawTranscript({ path }))?.text ?? '') : await file.text();
  if (!isEpisode(text, file.name)) return { kind: 'import', raw: { path: path || file.name, text } };
  return path ? { kind: 'open', path } : { kind: 'new', name: file.name, text };
}

function isEpisode(text: string, name: string): boolean {
  try {
    parseEpisode(text, name);
    return true;
  } catch {
    return false;
  }
}
