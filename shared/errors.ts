/** The text of a failure: an Error's message, or anything else thrown as a string. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
