/** Path text helpers that hold on every platform: shared code sees paths only as strings. */

/** The last part of a path, after its last `/` or `\` (a path may come from any platform). */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
