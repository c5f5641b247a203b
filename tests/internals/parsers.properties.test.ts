/**
 * The other parsers of user input never throw anything but their own documented errors: the custom
 * elements' attribute readers (locale, theme, size, inline JSON data) on any string, the CLI's argument
 * parser on any argument list (a CliError or a command), and the CLI's data-file reader on files as
 * spreadsheets save them (UTF-8 with BOM and `;` is read; Latin-1 is refused with a clear message).
 */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dataFromAttribute,
  resolveElementLocale,
  sizeFromAttribute,
  themeFromAttribute,
} from '../../packages/charts/src/elements/attributes';
import { parseCommand } from '../../packages/cli/src/args';
import { readResponses } from '../../packages/cli/src/data';
import { CliError } from '../../packages/cli/src/errors';
import { HOSTILE_MARKUP, runs } from '../properties/support/arbitraries';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    ...HOSTILE_MARKUP,
    '600px',
    ' 600 ',
    '-1',
    '1e3',
    'NaN',
    'sv-FI',
    'SV',
    'slide',
    '',
  ),
  fc.jsonValue().map((v) => JSON.stringify(v)),
);

describe('custom element attributes', () => {
  it('any attribute text gives a locale, a theme, a size or nothing, and inline data or a problem', () => {
    fc.assert(
      fc.property(fc.option(text, { nil: null }), fc.option(text, { nil: null }), (a, b) => {
        expect(['fi', 'sv', 'en']).toContain(resolveElementLocale(a, b));
        expect(typeof themeFromAttribute(a).colors.text).toBe('string');
        const size = sizeFromAttribute(a);
        expect(size === undefined || (Number.isFinite(size) && size > 0)).toBe(true);
        const data = dataFromAttribute(a ?? '');
        if (!data.ok) expect(data.problem.length).toBeGreaterThan(0);
      }),
      runs(300),
    );
  });
});

describe('CLI', () => {
  it('parseCommand: any argument list is a command or a CliError', () => {
    const arg = fc.oneof(
      fc.constantFrom(
        'render',
        'help',
        '--help',
        '-h',
        '--chart',
        'goal-bars',
        '--data',
        '--out',
        'x.svg',
        'x.png',
        '--width',
        '0',
        '-1',
        'NaN',
        '1e9',
        '--locale',
        'de',
        '--preset',
        'bogus',
        '--theme',
        '--',
        '--title',
        '"><script>',
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 8 }), (argv) => {
        try {
          expect(typeof parseCommand(argv)).toBe('object');
        } catch (error) {
          expect(error).toBeInstanceOf(CliError);
        }
      }),
      runs(400),
    );
  });

  it("reads an Excel export (BOM, CRLF, ;) and Excel's Windows-1252 CSV, saying which", async () => {
    const excel = await readResponses(resolve(FIXTURES, 'responses-excel-sv.csv'));
    expect(excel.responses).toHaveLength(6);
    expect(excel.encoding).toBe('UTF-8');
    // Kyrkslätt (line 3) and Sjundeå (line 5) are read as they are spelt: no row is lost to the encoding.
    const latin1 = await readResponses(resolve(FIXTURES, 'responses-latin1.csv'));
    expect(latin1.encoding).toBe('Windows-1252');
    expect(latin1.responses.map((r) => r.municipalityId)).toContain('kirkkonummi');
    expect(latin1.responses.map((r) => r.municipalityId)).toContain('siuntio');
  });
});
