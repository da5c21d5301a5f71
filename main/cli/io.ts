/** Where a command writes, so that tests can run commands in-process. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Raw bytes to standard output (no added newline). */
  write(text: string): void;
}

/** The exit codes every command shares. */
export const EXIT = { ok: 0, problems: 1, unreadable: 2 } as const;

/** The process's own standard output and error. */
export const processIO: CliIO = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  write: (text) => process.stdout.write(text),
};

/** A command line that is wrong in itself: the message is followed by the usage text. */
export class UsageError extends Error {}
