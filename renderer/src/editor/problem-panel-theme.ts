import { EditorView } from '@codemirror/view';

/** The problems panel's look: a sash on its top edge, the kinds as toggles, the problems under their kinds' heads. */
export const problemsPanelTheme = EditorView.theme({
  // The sash sits over the panel's top border, as in VS Code: a thin line that thickens under the pointer or the focus.
  '.cm-problems-resize': { position: 'absolute', top: '-4px', left: '0', right: '0', height: '7px', cursor: 'ns-resize', zIndex: '1', outline: 'none' },
  '.cm-problems-resize:hover, .cm-problems-resize:focus-visible': { background: 'linear-gradient(transparent 2px, #3b82f6 2px, #3b82f6 5px, transparent 5px)' },
  '.cm-problem-kind[aria-pressed=true]': { color: '#fff', background: '#b45309', borderColor: '#b45309' },
  '.cm-problem-kind-error[aria-pressed=true]': { background: '#b91c1c', borderColor: '#b91c1c' },
  '.cm-problem-kind-all': { color: '#334155', borderColor: '#cbd5e1' },
  '.cm-problem-kind-all[aria-pressed=true]': { color: '#fff', background: '#475569', borderColor: '#475569' },
  // The height is the user's (problem-panel-resize.ts), not the lint panel's 100 px.
  '&.cm-editor .cm-panel.cm-panel-lint ul.cm-problems-list': { maxHeight: 'none', boxSizing: 'border-box', overflowY: 'auto', outline: 'none', listStyle: 'none', background: '#fff' },
  '.cm-problems-group': {
    display: 'flex',
    alignItems: 'baseline',
    gap: '6px',
    padding: '4px 8px 2px',
    fontWeight: '600',
    color: '#334155',
    background: '#f1f5f9',
    borderTop: '1px solid #e2e8f0',
  },
  '.cm-problems-group:first-child': { borderTop: 'none' },
  '.cm-problems-group-count': { fontWeight: '500', fontSize: '11.5px', color: '#475569', background: '#e2e8f0', borderRadius: '8px', padding: '0 6px' },
  '.cm-problems-group-error .cm-problems-group-count': { color: '#b91c1c', background: '#fee2e2' },
  '.cm-problem': { cursor: 'pointer', paddingLeft: '20px' },
  '.cm-problems-none': { padding: '6px 12px', color: '#64748b' },
});
