// The CLI's own words in fi (default), sv and en (packages/cli/src/text): the language found on the
// command line before it is parsed, the parser's errors translated, the help of every language naming
// every option, chart and preset, and `main` speaking the language asked for.
import { describe, expect, it } from 'vitest';
import { CHART_NAMES, CHARTS, PRESET_NAMES, PRESETS } from '@yhdyspinta/charts/static';
import { LOCALES } from '@yhdyspinta/data';
import { OPTIONS, parseCommand } from '../../packages/cli/src/args';
import { CliError } from '../../packages/cli/src/errors';
import { deckHelp, listing, mainHelp, renderHelp } from '../../packages/cli/src/help';
import { main } from '../../packages/cli/src/main';
import { deckSummary } from '../../packages/cli/src/slides/deck';
import { commandLocale, parseArgsMessage } from '../../packages/cli/src/text/commandLocale';
import { USAGE_TEXTS } from '../../packages/cli/src/text/usageTexts';

/** Runs `main` with `argv`, collecting what it writes. */
async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

/** The message of the usage error `argv` throws. */
function usageMessage(argv: readonly string[]): string {
  try {
    parseCommand(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    return (error as Error).message;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
}

describe('commandLocale', () => {
  it.each([
    [[], 'fi'],
    [['list', '-l', 'sv'], 'sv'],
    [['list', '-len'], 'en'],
    [['list', '--locale', 'en-GB'], 'en'],
    [['list', '--locale=sv-FI'], 'sv'],
    [['list', '-l', 'sv', '--locale', 'en'], 'en'],
    // After "--" nothing is an option; an unknown language is said in Finnish.
    [['list', '--', '-l', 'sv'], 'fi'],
    [['list', '-l', 'de'], 'fi'],
    [['list', '-l'], 'fi'],
  ] as const)('%j → %s', (argv, locale) => {
    expect(commandLocale(argv)).toBe(locale);
  });
});

describe("parseArgs' errors in the command's language", () => {
  const error = (code: string, message: string) => Object.assign(new Error(message), { code });
  it.each(LOCALES)('%s', (locale) => {
    const t = USAGE_TEXTS[locale];
    const unknown = error(
      'ERR_PARSE_ARGS_UNKNOWN_OPTION',
      "Unknown option '--colour'. To specify …",
    );
    expect(parseArgsMessage(unknown, t)).toBe(t.unknownOption('--colour'));
    const missing = error(
      'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
      "Option '-o, --out <value>' argument missing",
    );
    expect(parseArgsMessage(missing, t)).toBe(t.missingValue('--out'));
    const switchValue = error(
      'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
      "Option '--json' does not take an argument",
    );
    expect(parseArgsMessage(switchValue, t)).toBe(t.takesNoValue('--json'));
    // One it does not know keeps node's own words.
    expect(parseArgsMessage(error('ERR_OTHER', "Odd 'x'"), t)).toBe("Odd 'x'");
    expect(parseArgsMessage(new Error('no quotes'), t)).toBe('no quotes');
  });
});

describe('usage errors', () => {
  it('are Finnish by default and in the language of -l', () => {
    expect(usageMessage(['render', 'pie', '-o', 'x.png'])).toBe(
      'Tuntematon kaavio "pie". Kaaviot: goal-bars, theme-heatmap, rescue-radar, coverage.',
    );
    expect(usageMessage(['render', 'goal-bars', '-o', 'x.png', '--width', '5', '-l', 'sv'])).toBe(
      '--width ska vara ett heltal 100–10000, inte "5".',
    );
    expect(
      usageMessage(['render', 'goal-bars', '-o', 'x.pptx', '-p', 'intranet-card', '-len']),
    ).toBe('PowerPoint and PDF need a page preset: slide-16x9, slide-4x3, a4-landscape.');
    expect(usageMessage(['render', 'goal-bars', '-o', 'x.svg', '--scale', '2', '-l', 'fi'])).toBe(
      '--scale koskee vain PNG-tiedostoja.',
    );
    expect(usageMessage(['render', 'goal-bars', '-f', 'pdf', '-o', 'x.png', '-l', 'en'])).toBe(
      'The output file "x.png" must end in .pdf.',
    );
  });
});

describe('help', () => {
  it.each(LOCALES)(
    '%s: names every option, chart and preset, with the descriptions in the language',
    (locale) => {
      const text = mainHelp(locale) + renderHelp(locale);
      for (const option of Object.keys(OPTIONS)) expect(text).toContain(`--${option}`);
      for (const name of CHART_NAMES)
        expect(text).toContain(`${name.padEnd(15)} ${CHARTS[name].description[locale]}`);
      for (const name of PRESET_NAMES)
        expect(text).toContain(`${name.padEnd(15)} ${PRESETS[name].description[locale]}`);
    },
  );

  it.each(LOCALES)(
    '%s: the deck help names every field of a deck file and of a chart in it',
    (locale) => {
      const text = deckHelp(locale);
      const fields = [
        'charts',
        'locales',
        'presets',
        'formats',
        'chartMode',
        'title',
        'source',
        'data',
      ];
      for (const field of [
        ...fields,
        'chartData',
        'area',
        'survey',
        'out',
        'name',
        'highContrast',
        'fit',
      ])
        expect(text).toMatch(new RegExp(`\\b${field}\\b`));
      for (const value of [
        'slide-16x9',
        'slide-4x3',
        'a4-landscape',
        'pptx',
        'pdf',
        'png',
        'native',
      ])
        expect(text).toContain(value);
    },
  );

  it('the three languages are three texts', () => {
    const texts = new Set(LOCALES.map((locale) => mainHelp(locale) + renderHelp(locale)));
    expect(texts.size).toBe(3);
    expect(new Set(CHART_NAMES.map((name) => CHARTS[name].description.fi)).size).toBe(
      CHART_NAMES.length,
    );
  });
});

describe('main', () => {
  it('prints help and the listing in the language asked for (Finnish without one)', async () => {
    expect((await run('--help')).stdout).toBe(mainHelp('fi'));
    expect((await run('help', 'render', '-l', 'sv')).stdout).toBe(renderHelp('sv'));
    expect((await run('list', '--locale', 'en')).stdout).toBe(listing('en'));
    // The deck file's fields: `deck --help` and `help deck` (it was an error asking for the file).
    expect((await run('deck', '--help', '-l', 'sv')).stdout).toBe(deckHelp('sv'));
    expect((await run('help', 'deck')).stdout).toBe(deckHelp('fi'));
    expect((await run('deck', '-h', '-l', 'en')).code).toBe(0);
    expect((await run('list')).stdout).toMatch(/^Kaaviot:\n {2}goal-bars {7}Kunkin tavoitteen/);
  });

  it('says a usage error and where the help is in the same language, exit 2', async () => {
    const sv = await run('render', 'pie', '-o', 'x.png', '-l', 'sv');
    expect(sv.code).toBe(2);
    expect(sv.stderr).toBe(
      'yhdyspinta: fel: Okänt diagram "pie". Diagram: goal-bars, theme-heatmap, rescue-radar, coverage.\n' +
        'Hjälp: "yhdyspinta --help" och "yhdyspinta render --help".\n',
    );
    const fi = await run('frobnicate');
    expect(fi.stderr).toMatch(
      /^yhdyspinta: virhe: Tuntematon komento "frobnicate"\. Komennot: render, /,
    );
  });
});

describe('deckSummary', () => {
  const result = {
    written: [
      { path: 'out/deck-fi-slide-16x9.pptx', what: '4 diaa' },
      { path: 'out/deck-fi-slide-16x9-01-coverage.png', what: 'coverage' },
    ],
    failed: [{ chart: 'goal-bars', locale: 'sv', preset: 'slide-4x3', message: 'X' } as const],
    warnings: ['W'],
    ms: 1250,
  };
  it.each([
    [
      'fi',
      'Kirjoitettu out/deck-fi-slide-16x9.pptx (4 diaa)',
      'varoitus: W',
      'Ei piirretty: goal-bars (sv, slide-4x3): X',
      'Tiedostoja kirjoitettu 2, kaavioita piirtämättä 1; aikaa 1,3 s.',
    ],
    [
      'sv',
      'Skrev out/deck-fi-slide-16x9.pptx (4 diaa)',
      'varning: W',
      'Inte ritat: goal-bars (sv, slide-4x3): X',
      'Filer skrivna: 2, diagram som inte ritades: 1; tid 1,3 s.',
    ],
    [
      'en',
      'Wrote out/deck-fi-slide-16x9.pptx (4 diaa)',
      'warning: W',
      'Not drawn: goal-bars (sv, slide-4x3): X',
      '2 file(s) written, 1 chart(s) not drawn, in 1.3 s.',
    ],
  ] as const)('%s', (locale, wrote, warning, failed, total) => {
    const lines = deckSummary(result, locale).split('\n');
    expect(lines).toEqual([wrote, expect.stringContaining('coverage'), warning, failed, total, '']);
  });
});
