/** The CLI's entry: runs one command and returns the exit code (bin/yhdyspinta.js sets it). */
import { createRequire } from 'node:module';
import type { Locale } from '@yhdyspinta/data';
import { formatNumber } from '@yhdyspinta/charts';
import { RenderError } from '@yhdyspinta/charts/static';
import { parseCommand } from './args';
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, inCliWords } from './errors';
import { deckHelp, listing, mainHelp, renderHelp } from './help';
import { runRender } from './render';
import { deckSummary, runDeck } from './slides/deck';
import { commandLocale } from './text/commandLocale';
import { RUN_TEXTS } from './text/runTexts';
import { USAGE_TEXTS } from './text/usageTexts';
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

/** An error as the CLI prints it, in `locale`; returns the exit code. */
function report(error: unknown, io: CliIo, locale: Locale): number {
  const t = RUN_TEXTS[locale];
  if (error instanceof CliError || error instanceof RenderError) {
    const details = error instanceof CliError ? error.details : error.problems.map((p) => `  ${p}`);
    const message =
      error instanceof RenderError ? inCliWords(error.messageIn(locale), 'command') : error.message;
    io.stderr(`yhdyspinta: ${t.error}: ${message}\n`);
    for (const line of details) io.stderr(`${line}\n`);
    const usage = error instanceof CliError && error.exitCode === EXIT_USAGE;
    if (usage) io.stderr(`${USAGE_TEXTS[locale].seeHelp}\n`);
    return usage ? EXIT_USAGE : EXIT_FAILURE;
  }
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(`yhdyspinta: ${t.internal}: ${text}\n`);
  return EXIT_FAILURE;
}

/** The help of a command (`render --help`, `help deck`). */
const TOPIC_HELP = { render: renderHelp, deck: deckHelp } as const;

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  // The language of the messages: the command line's -l (Finnish without one, or with an unknown one).
  const locale = commandLocale(argv);
  const t = RUN_TEXTS[locale];
  try {
    const command = parseCommand(argv);
    switch (command.command) {
      case 'help':
        io.stdout((command.topic ? TOPIC_HELP[command.topic] : mainHelp)(command.locale));
        return EXIT_OK;
      case 'version':
        io.stdout(`${version()}\n`);
        return EXIT_OK;
      case 'list':
        io.stdout(listing(command.locale));
        return EXIT_OK;
      case 'validate': {
        const { text, ok } = await runValidate(command);
        io.stdout(text);
        return ok ? EXIT_OK : EXIT_FAILURE;
      }
      case 'deck': {
        const result = await runDeck(command);
        io.stdout(deckSummary(result, locale));
        return result.failed.length === 0 ? EXIT_OK : EXIT_FAILURE;
      }
      case 'render': {
        const result = await runRender(command);
        for (const warning of result.warnings ?? []) {
          io.stderr(`yhdyspinta: ${t.warning}: ${warning}\n`);
        }
        // The encoding a text file was read in is said when it is not UTF-8, so a wrong guess is seen
        // (a workbook is not text: nothing to say).
        const encoding = result.dataEncoding;
        if (encoding !== undefined && encoding !== 'UTF-8' && encoding !== 'XLSX') {
          io.stderr(`yhdyspinta: ${t.readAs(command.data ?? '', encoding)}\n`);
        }
        const unit = command.format === 'pptx' || command.format === 'pdf' ? 'pt' : 'px';
        const size = `${result.width}×${result.height} ${unit}`;
        const bytes = formatNumber(result.bytes, locale);
        const ms = formatNumber(Math.round(result.renderMs), locale);
        io.stdout(`${t.wrote(command.out, size, bytes, ms)}\n`);
        return EXIT_OK;
      }
    }
  } catch (error) {
    return report(error, io, locale);
  }
}
