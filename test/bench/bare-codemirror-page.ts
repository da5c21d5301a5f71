/**
 * The bare CodeMirror page's script (bundled by bare-codemirror.ts, run in Chromium): fetches the
 * episode the way the app does (POST /api/initialEpisode, a JSON reply) and shows the file's whole
 * text in a plain EditorView with line wrapping, scrolled so that the character at `?at=` is at the top.
 */
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/** The part of the harness's reply that the page reads. */
interface Reply {
  readonly ok: boolean;
  readonly result?: { readonly text: string };
  readonly error?: string;
}

const response = await fetch('/api/initialEpisode', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '' });
const reply = (await response.json()) as Reply;
if (!reply.ok || !reply.result) throw new Error(`initialEpisode: ${reply.error ?? response.status}`);
const { text } = reply.result;
const at = Math.min(Number(new URLSearchParams(location.search).get('at') ?? 0) || 0, text.length);
new EditorView({
  parent: document.getElementById('root')!,
  state: EditorState.create({ doc: text, extensions: [EditorView.lineWrapping] }),
  scrollTo: EditorView.scrollIntoView(at, { y: 'start' }),
});
