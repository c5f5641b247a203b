/** The CLI's entry: runs one command and returns the exit code (bin/yhdyspinta.js sets it). */
import { createRequire } from 'node:module';
import { RenderError } from '@yhdyspinta/charts/static';
import { parseCommand } from './args';
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './errors';
import { chartList, MAIN_HELP, presetList, renderHelp } from './help';
import { runRender } from './render';
import { deckSummary, runDeck } from './slides/deck';
import { runValidate } from './validate';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

function version(): string {
  const pkg = createRequire(import.meta.url)('../package.json') as { version?: string };
  return pkg.version ?? 'unknown';
}

function report(error: unknown, io: CliIo): number {
  if (error instanceof CliError || error instanceof RenderError) {
    const details = error instanceof CliError ? error.details : error.problems.map((p) => `  ${p}`);
    io.stderr(`yhdyspinta: error: ${error.message}\n`);
    for (const line of details) io.stderr(`${line}\n`);
    const usage = error instanceof CliError && error.exitCode === EXIT_USAGE;
    if (usage) io.stderr('Run "yhdyspinta render --help" for usage.\n');
    return usage ? EXIT_USAGE : EXIT_FAILURE;
  }
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(`yhdyspinta: internal error (please report it): ${text}\n`);
  return EXIT_FAILURE;
}

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.command) {
      case 'help':
        io.stdout(command.topic === 'render' ? renderHelp() : MAIN_HELP);
        return EXIT_OK;
      case 'version':
        io.stdout(`${version()}\n`);
        return EXIT_OK;
      case 'list':
        io.stdout(`Charts:\n${chartList()}\n\nPresets:\n${presetList()}\n`);
        return EXIT_OK;
      case 'validate': {
        const { text, ok } = await runValidate(command);
        io.stdout(text);
        return ok ? EXIT_OK : EXIT_FAILURE;
      }
      case 'deck': {
        const result = await runDeck(command);
        io.stdout(deckSummary(result));
        return result.failed.length === 0 ? EXIT_OK : EXIT_FAILURE;
      }
      case 'render': {
        const result = await runRender(command);
        if (result.scale < 1) {
          io.stderr(
            `yhdyspinta: warning: the chart needs more room than this size; it was scaled to ${Math.floor(result.scale * 100)} % to fit (--fit shrink), its smallest text is ${Math.round((result.smallestText ?? 0) * 10) / 10} px. A larger preset, fewer items or a split avoids it.\n`,
          );
        }
        for (const warning of result.warnings ?? []) io.stderr(`yhdyspinta: warning: ${warning}\n`);
        // The encoding a data file was read in is said when it is not UTF-8, so a wrong guess is seen.
        if (result.dataEncoding !== undefined && result.dataEncoding !== 'UTF-8') {
          io.stderr(`yhdyspinta: read ${command.data} as ${result.dataEncoding} text.\n`);
        }
        const unit = command.format === 'pptx' || command.format === 'pdf' ? 'pt' : 'px';
        io.stdout(
          `Wrote ${command.out} (${result.width}×${result.height} ${unit}, ${result.bytes} bytes, rendered in ${Math.round(result.renderMs)} ms)\n`,
        );
        return EXIT_OK;
      }
    }
  } catch (error) {
    return report(error, io);
  }
}
