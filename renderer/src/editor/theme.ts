import { EditorView } from '@codemirror/view';

/** The transcript's look: turn heads before each paragraph, section headers as titles. */
export const editorTheme = EditorView.theme({
  '&': { height: '100%', fontSize: '15px', backgroundColor: '#fff' },
  '.cm-scroller': { fontFamily: 'system-ui, -apple-system, "Segoe UI", sans-serif', lineHeight: '1.55' },
  // A readable measure (about 90 characters beside the turn heads), centred with its gutter in a wide window.
  '.cm-content': { padding: '8px 0', maxWidth: '60rem', marginRight: 'auto' },
  '.cm-gutters': { marginLeft: 'auto', backgroundColor: 'transparent', borderRight: 'none' },
  // A hanging indent: a paragraph's wrapped lines start under its text, not under its time.
  '.cm-line': { padding: '3px 16px 3px 11em', textIndent: '-10.2em' },
  '.cm-line.cm-header-line, .cm-line.cm-unknown-line': { paddingLeft: '12px', textIndent: '0' },
  // A fixed width, so that every paragraph's text starts in one column, the column its wrapped lines start in.
  '.cm-turn-head': { display: 'inline-flex', gap: '4px', width: '10.2em', textIndent: '0', verticalAlign: 'baseline', userSelect: 'none' },
  '.cm-turn-head button': {
    font: 'inherit',
    fontSize: '12.5px',
    border: '1px solid transparent',
    borderRadius: '4px',
    background: 'none',
    padding: '0 4px',
    cursor: 'pointer',
  },
  '.cm-turn-head button:hover': { borderColor: '#cbd5e1', background: '#f8fafc' },
  '.cm-turn-time': { color: '#475569', fontVariantNumeric: 'tabular-nums', minWidth: '4.2em', textAlign: 'right' },
  '.cm-turn-time-none': { color: '#cbd5e1' },
  '.cm-turn-time-estimated': { color: '#b45309', fontStyle: 'italic', borderColor: '#fcd34d !important', borderStyle: 'dashed !important' },
  '.cm-turn-who': { fontWeight: '600', maxWidth: '6.2em', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', textAlign: 'left' },
  '.cm-turn-who-continued': { opacity: '0.45', fontWeight: '500' },
  '.cm-header-line': { fontSize: '18px', fontWeight: '700', color: '#0f172a', paddingTop: '14px', borderTop: '1px solid #e2e8f0' },
  '.cm-header-line::before': { content: '"§ "', color: '#94a3b8' },
  '.cm-unknown-line': { fontFamily: 'ui-monospace, monospace', fontSize: '13px', color: '#7c2d12', background: '#fff7ed' },
  '.cm-item-newline': { color: '#94a3b8', padding: '0 2px' },
  '.cm-escaped-char': { outline: '1px dotted #94a3b8', borderRadius: '2px' },
  '.cm-activeLine': { backgroundColor: '#f1f5f9' },
  '.cm-playing-line': { backgroundColor: '#fef9c3', boxShadow: 'inset 3px 0 0 #dc2626' },
  '.cm-panels': { fontSize: '13px' },
  // The problems panel's row of kinds (built in editor/problem-panel.ts), clear of the panel's close button.
  '.cm-problem-kinds': { display: 'flex', flexWrap: 'wrap', gap: '4px', padding: '4px 28px 4px 6px', borderBottom: '1px solid #e2e8f0' },
  '.cm-problem-kind': { font: 'inherit', fontSize: '12px', color: '#92400e', background: '#fff', border: '1px solid #fcd34d', borderRadius: '10px', padding: '1px 8px', cursor: 'pointer' },
  '.cm-problem-kind-error': { color: '#b91c1c', borderColor: '#fca5a5' },
});
