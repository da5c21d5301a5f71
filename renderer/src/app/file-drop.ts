import type { Api } from '../../../shared/api.js';
import type { EpisodeDocument } from '../../../shared/episode/index.js';
import { decodeRawText } from '../../../shared/import/decode-text.js';
import { parseEpisodeFile } from './episode-parser.js';

/** What a file dropped on the window turns into; it is parsed once, to tell an episode from a raw transcript. */
export type DroppedFileAction =
  | { readonly kind: 'open'; readonly path: string; readonly doc: EpisodeDocument }
  | { readonly kind: 'new'; readonly name: string; readonly doc: EpisodeDocument }
  | { readonly kind: 'import'; readonly raw: { readonly path: string; readonly text: string; readonly notice?: string } };

/**
 * Listens for files dropped anywhere on the window (ahead of CodeMirror, which would paste their
 * text). In the app a dropped file has a path and main reads its text (whatever its extension: a
 * caption file too); where it has none (a plain browser) its text is read from the drop itself. A
 * file that is not an episode goes to the importer; an episode is opened as File › Open opens it.
 */
export function listenForFileDrops(api: Api, onDrop: (action: DroppedFileAction) => void, onError: (err: unknown) => void): () => void {
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
    void dropAction(api, file).then((action) => action && onDrop(action), onError);
  };
  window.addEventListener('dragover', onDragOver, true);
  window.addEventListener('drop', onDropEvent, true);
  return () => {
    window.removeEventListener('dragover', onDragOver, true);
    window.removeEventListener('drop', onDropEvent, true);
  };
}

/** What a dropped file is: an episode to open, or a raw transcript for the importer (undefined when main could not read it). */
export async function dropAction(api: Api, dropped: File): Promise<DroppedFileAction | undefined> {
  const path = api.pathForFile(dropped);
  // The app reads through main (the renderer never touches files); a plain browser only has the drop,
  // decoded as main decodes a raw file (a BOM's UTF-16/32, else UTF-8, else Windows-1252).
  const read = path ? await api.openRawTranscript({ path }) : decodeRawText(new Uint8Array(await dropped.arrayBuffer()), dropped.name);
  if (!read) return undefined;
  const { text } = read;
  // How main decoded it (`read as Windows-1252`), for the import dialog.
  const notice = 'notice' in read ? read.notice : undefined;
  let doc: EpisodeDocument;
  try {
    doc = await parseEpisodeFile(text, path || dropped.name);
  } catch {
    return { kind: 'import', raw: { path: path || dropped.name, text, ...(notice !== undefined && { notice }) } };
  }
  return path ? { kind: 'open', path, doc } : { kind: 'new', name: dropped.name, doc };
}
