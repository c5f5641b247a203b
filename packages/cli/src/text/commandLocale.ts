/**
 * The language the CLI speaks in: the command line's `-l`/`--locale` (Finnish without one), found before
 * the command line is parsed so that even its parse errors are in it. A value that is not a locale is
 * reported by the parser (in Finnish: the language asked for is unknown).
 */
import { localeFromTag } from '@yhdyspinta/charts';
import type { Locale } from '@yhdyspinta/data';
import type { UsageTexts } from './usageTexts';

/** The last `-l X`, `-lX`, `--locale X` or `--locale=X` before any `--`, as a locale; else 'fi'. */
export function commandLocale(argv: readonly string[]): Locale {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === '--locale' || arg === '-l') value = argv[(i += 1)];
    else if (arg.startsWith('--locale=')) value = arg.slice('--locale='.length);
    else if (/^-l[^-]/.test(arg)) value = arg.slice(2);
  }
  return localeFromTag(value ?? 'fi') ?? 'fi';
}

/** node:util parseArgs' error in the CLI's language (its own English text for one it does not know). */
export function parseArgsMessage(error: unknown, t: UsageTexts): string {
  const text = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const quoted = /'([^']+)'/.exec(text)?.[1];
  if (quoted === undefined) return text;
  // "-o, --out <value>" is named by its long form.
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t.unknownOption(option);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return text.includes('does not take') ? t.takesNoValue(option) : t.missingValue(option);
  }
  return text;
}
