import { forEachDiagnostic } from '@codemirror/lint';
import type { EditorState } from '@codemirror/state';
import { ViewPlugin, type EditorView, type ViewUpdate } from '@codemirror/view';
import type { ProblemCode } from '../../../shared/episode/index.js';
import { cursorNextProblemOf } from './problem-navigation.js';

/** Each kind of problem as the panel names it. */
const KIND_NAMES: Readonly<Record<ProblemCode, string>> = {
  'yaml-error': 'YAML errors',
  'encoding-invalid': 'Not UTF-8',
  'sec-decreasing': 'Times that go back',
  'time-sec-mismatch': 'Time and sec disagree',
  'time-malformed': 'Malformed times',
  'time-unquoted': 'Unquoted times',
  'who-missing': 'No speaker',
  'who-suspicious': 'Suspicious speakers',
  'line-empty': 'Empty paragraphs',
  'line-duplicate': 'Paragraphs twice',
  'header-run': 'Runs of headers',
  'item-unknown': 'Unknown items',
  'duration-mismatch': 'Duration',
  'key-duplicate': 'Duplicate keys',
};

/** One kind of problem in the episode: its code, its name, how many, and whether any is an error. */
export interface ProblemKind {
  readonly code: string;
  readonly name: string;
  readonly count: number;
  readonly error: boolean;
}

/** The kinds of problem the editor shows, errors first, then the most frequent. */
export function problemKinds(state: EditorState): ProblemKind[] {
  const kinds = new Map<string, { count: number; error: boolean }>();
  forEachDiagnostic(state, (d) => {
    const code = d.source ?? 'other';
    const kind = kinds.get(code) ?? { count: 0, error: false };
    kinds.set(code, { count: kind.count + 1, error: kind.error || d.severity === 'error' });
  });
  return [...kinds]
    .map(([code, k]) => ({ code, name: KIND_NAMES[code as ProblemCode] ?? code, ...k }))
    .sort((a, b) => Number(b.error) - Number(a.error) || b.count - a.count || a.name.localeCompare(b.name));
}

/** A row atop the problems panel: each kind with its count; a click moves the cursor to the next problem of that kind. */
export const problemKindsRow = ViewPlugin.fromClass(
  class {
    private row: HTMLElement | undefined;
    private shown = '';

    constructor(private readonly view: EditorView) {
      this.schedule();
    }

    update(update: ViewUpdate): void {
      // New diagnostics, or the panel opened (its own transaction): look once the view has drawn it.
      if (update.transactions.length > 0) this.schedule();
    }

    destroy(): void {
      this.row?.remove();
    }

    private schedule(): void {
      this.view.requestMeasure({ read: () => undefined, write: () => this.render() });
    }

    private render(): void {
      const panel = this.view.dom.querySelector<HTMLElement>('.cm-panel-lint');
      if (!panel) return;
      const kinds = problemKinds(this.view.state);
      const key = kinds.map((k) => `${k.code}:${k.count}`).join(',');
      if (this.row?.parentElement === panel && key === this.shown) return;
      this.shown = key;
      this.row ??= document.createElement('div');
      this.row.className = 'cm-problem-kinds';
      this.row.setAttribute('aria-label', 'Problems by kind');
      this.row.replaceChildren(...kinds.map((kind) => this.button(kind)));
      if (this.row.parentElement !== panel) panel.prepend(this.row);
    }

    private button(kind: ProblemKind): HTMLElement {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = kind.error ? 'cm-problem-kind cm-problem-kind-error' : 'cm-problem-kind';
      button.textContent = `${kind.name} ${kind.count}`;
      button.title = `Go to the next of these (${kind.count} ${kind.error ? 'with errors' : 'warnings'})`;
      button.addEventListener('mousedown', (e) => e.preventDefault());
      button.addEventListener('click', () => {
        cursorNextProblemOf(kind.code)(this.view);
        this.view.focus();
      });
      return button;
    }
  },
);
