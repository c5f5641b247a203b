/** Exit codes: 0 success, 1 a failure while reading, rendering or writing, 2 a bad command line. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** An error the CLI reports as a message (no stack trace) and exits with `exitCode`. */
export class CliError extends Error {
  readonly exitCode: number;
  /** Further lines printed under the message, e.g. the data file's parse errors. */
  readonly details: readonly string[];

  constructor(message: string, options: { exitCode?: number; details?: readonly string[] } = {}) {
    super(message);
    this.name = 'CliError';
    this.exitCode = options.exitCode ?? EXIT_FAILURE;
    this.details = options.details ?? [];
  }
}

/** A CliError for a bad command line (exit code 2; the message suggests --help). */
export function usageError(message: string, details: readonly string[] = []): CliError {
  return new CliError(message, { exitCode: EXIT_USAGE, details });
}
