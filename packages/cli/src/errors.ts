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

/**
 * A renderer's message as the CLI says it: its does-not-fit advice names the API's option (`fit
 * "shrink"`); a command line has `--fit shrink`, a deck file `"fit": "shrink"`.
 */
export function inCliWords(message: string, where: 'command' | 'deck'): string {
  return message.replaceAll(
    'fit "shrink"',
    where === 'command' ? '--fit shrink' : '"fit": "shrink"',
  );
}
