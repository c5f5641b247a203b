import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FONT_METRICS, measureText, wrapText } from '@yhdyspinta/charts';

// A goal of the 2024 survey as printed (003_ae88570eab8abfd8.txt, service strategy 1/4, first sub-goal).
const LONG_GOAL =
  'Luomme selkeän yhdyspintarakenteen, joissa eri toimijoiden vastuut ja roolit ovat määritelty. ' +
  'Toimintamallit ja yhteistyökäytännöt rakennetaan yhdessä asukkaita varten. Luomme yhteiset tavoitteet ' +
  'kuntien kanssa hyvinvoinnin ja terveyden edistämiseen, työllisyyden tukemiseen, maahanmuuttajien ' +
  'kotoutumisen tukemiseen ja sivistystoimen kanssa tehtävään yhteistyöhön. Käymme säännöllistä ' +
  'vuoropuhelua kuntakohtaisista erityispiirteistä.';

describe('font metrics table', () => {
  it('covers ASCII, the Finnish and Swedish letters and the typography used', () => {
    const { widths } = FONT_METRICS.weights[400];
    for (const ch of 'AZaz09 åäöÅÄÖé–—…“”’\u00a0\u2212') expect(widths[ch], ch).toBeGreaterThan(0);
    expect(FONT_METRICS.family).toBe('Noto Sans');
  });

  it('has Noto Sans proportions: tabular digits, narrow i, wide W, wider bold', () => {
    const regular = FONT_METRICS.weights[400].widths;
    const bold = FONT_METRICS.weights[700].widths;
    expect(new Set([...'0123456789'].map((d) => regular[d])).size).toBe(1);
    expect(regular.i).toBeLessThan(regular.n ?? 0);
    expect(regular.W).toBeGreaterThan(regular.n ?? 0);
    expect(bold.n).toBeGreaterThan(regular.n ?? 0);
  });
});

describe('measureText', () => {
  it('sums advance widths times the font size', () => {
    const w0 = FONT_METRICS.weights[400].widths['0'] ?? 0;
    expect(measureText('0', 10)).toBeCloseTo(w0 * 10, 10);
    expect(measureText('00', 20)).toBeCloseTo(w0 * 40, 10);
    expect(measureText('', 12)).toBe(0);
    expect(measureText('abc', 0)).toBe(0);
  });

  it('measures bold wider and unknown characters with the fallback width', () => {
    expect(measureText('Hyvin', 12, 700)).toBeGreaterThan(measureText('Hyvin', 12));
    expect(measureText('Hyvin', 12, 'bold')).toBe(measureText('Hyvin', 12, 700));
    expect(measureText('Hyvin', 12, 600)).toBe(measureText('Hyvin', 12, 700));
    expect(measureText('中', 10)).toBeCloseTo(FONT_METRICS.weights[400].fallback * 10, 10);
  });
});

describe('wrapText', () => {
  it('keeps a short text on one line', () => {
    expect(wrapText('Ikääntyneiden palvelut', { maxWidth: 400, fontSize: 13 })).toEqual({
      lines: ['Ikääntyneiden palvelut'],
      truncated: false,
    });
  });

  it('wraps a long Finnish goal into lines that each fit, keeping every word', () => {
    const { lines, truncated } = wrapText(LONG_GOAL, { maxWidth: 300, fontSize: 13 });
    expect(truncated).toBe(false);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(measureText(line, 13)).toBeLessThanOrEqual(300);
    expect(lines.join(' ')).toBe(LONG_GOAL);
  });

  it('cuts at maxLines with an ellipsis on the last line', () => {
    const { lines, truncated } = wrapText(LONG_GOAL, { maxWidth: 300, fontSize: 13, maxLines: 3 });
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith('…')).toBe(true);
    expect(measureText(lines[2] ?? '', 13)).toBeLessThanOrEqual(300);
  });

  it('breaks a word longer than the line, after a hyphen when it can', () => {
    const word = 'yhteistyö-ja-palvelurakenneuudistussuunnitelma';
    const { lines } = wrapText(word, { maxWidth: 120, fontSize: 13 });
    expect(lines.length).toBeGreaterThan(1);
    // Its own hyphens first, then added ones: every line but the last ends in one.
    expect(lines[0]).toBe('yhteistyö-ja-');
    for (const line of lines.slice(0, -1)) expect(line.endsWith('-'), line).toBe(true);
    expect(lines.join('').replaceAll('-', '')).toBe(word.replaceAll('-', ''));
    for (const line of lines) expect(measureText(line, 13)).toBeLessThanOrEqual(120);
  });

  it('never breaks at a no-break space and collapses other whitespace', () => {
    const { lines } = wrapText('n\u00a0=\u00a06/10   kuntaa\nvastasi', {
      maxWidth: 60,
      fontSize: 13,
    });
    expect(lines[0]).toBe('n\u00a0=\u00a06/10');
    expect(lines.slice(1)).toEqual(['kuntaa', 'vastasi']);
  });

  it('breaks a no-break group wider than the line at its own no-break space, not inside a word', () => {
    const at = (text: string, maxWidth: number) => wrapText(text, { maxWidth, fontSize: 20 }).lines;
    // "20 px" and "§ 14" fit no 30 px line: the space goes, no hyphen is added, nothing else is lost.
    expect(at('20\u00a0px', 30)).toEqual(['20', 'px']);
    expect(at('§\u202f14', measureText('14', 20))).toEqual(['§', '14']);
    // A number's digit groups stay together while another space can break: "Yli" / "100 000"…
    const number = measureText('100 000', 20);
    expect(at('Yli\u00a0100\u00a0000', number)).toEqual(['Yli', '100\u00a0000']);
    // …and break at their separator before inside a group ("100" / "000", not "100 00-" / "0").
    expect(at('100\u00a0000', number - 1)).toEqual(['100', '000']);
    // Otherwise the latest space that leaves the most on the line.
    expect(at('a\u00a0bb\u00a0ccc', measureText('a bb c', 20))).toEqual(['a\u00a0bb', 'ccc']);
    // A dash later in the line still wins; a group that fits is never broken.
    expect(at('n\u00a0=\u00a06/10', measureText('n = 6/', 20) + 1)).toEqual([
      'n\u00a0=\u00a06/',
      '10',
    ]);
    expect(at('20\u00a0px', 100)).toEqual(['20\u00a0px']);
    // Each line still fits, and only a part too wide for a line of its own is hyphenated.
    const narrow = at('100000\u00a0asukasta', 60);
    expect(narrow.join('|')).not.toContain('\u00a0');
    for (const line of narrow) expect(measureText(line, 20)).toBeLessThanOrEqual(60);
  });

  it('breaks before a unit after a number like any no-break space, and never leaves a line empty', () => {
    const at = (text: string, maxWidth: number) => wrapText(text, { maxWidth, fontSize: 20 }).lines;
    // " px" after "20" is not a digit group's separator: the latest space, not the first.
    expect(at('a\u00a020\u00a0px', measureText('a 20', 20))).toEqual(['a\u00a020', 'px']);
    // A dash or a no-break space at a line's start is not a break: the line would hold nothing else.
    const dash = at('-abcdefghij', measureText('-abcd', 20));
    expect(dash[0]).not.toBe('-');
    expect(dash.join('').replaceAll('-', '')).toBe('abcdefghij');
    const space = at('\u00a0abcdefghij', measureText('abcd', 20));
    expect(space.every((line) => line.trim() !== '')).toBe(true);
  });

  it('returns no lines for empty text and terminates for a zero width', () => {
    expect(wrapText('', { maxWidth: 100, fontSize: 12 })).toEqual({ lines: [], truncated: false });
    expect(wrapText('abc', { maxWidth: 0, fontSize: 12 }).lines).toEqual(['a-', 'b-', 'c']);
  });

  it('property: lines fit, stay within maxLines, and are deterministic', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.integer({ min: 40, max: 600 }),
        fc.integer({ min: 1, max: 6 }),
        (text, maxWidth, maxLines) => {
          const options = { maxWidth, fontSize: 12, maxLines };
          const a = wrapText(text, options);
          expect(wrapText(text, options)).toEqual(a);
          expect(a.lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of a.lines) expect(measureText(line, 12)).toBeLessThanOrEqual(maxWidth);
        },
      ),
    );
  });
});
