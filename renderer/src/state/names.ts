// TEMPORARY: replaced by the shared helpers (issue 9) once they land.
/** A path's last part. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
/** What to tell the user about a failure. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
