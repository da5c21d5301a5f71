/** The window title: the document's name, a `•` while it has unsaved changes, then the app's name. */
export function windowTitle(documentTitle: string, dirty: boolean): string {
  const name = documentTitle.trim() || 'Untitled';
  return `${dirty ? '• ' : ''}${name} — Episode Editor`;
}
