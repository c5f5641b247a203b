// seriesStyle: colour, marker and dash per series, through the public entry.
import { describe, expect, it } from 'vitest';
import { defaultTheme, SERIES_DASHES, SERIES_MARKERS, seriesStyle } from '@yhdyspinta/charts/core';

const key = (i: number, theme = defaultTheme) => {
  const s = seriesStyle(i, theme);
  return `${s.color}|${s.marker}|${s.dash.join(' ')}`;
};

describe('seriesStyle', () => {
  it('never gives two of the first palette × shapes series the same colour, marker and dash', () => {
    const count = defaultTheme.series.length * SERIES_MARKERS.length;
    expect(count).toBeGreaterThan(40);
    const keys = Array.from({ length: count }, (_, i) => key(i));
    expect(new Set(keys).size).toBe(count);
  });

  it('advances the dash by one more each time the palette comes round', () => {
    const n = defaultTheme.series.length;
    expect(seriesStyle(n, defaultTheme).color).toBe(seriesStyle(0, defaultTheme).color);
    expect(seriesStyle(n, defaultTheme).dash).toEqual(
      SERIES_DASHES[(n + 1) % SERIES_DASHES.length],
    );
    expect(seriesStyle(2 * n + 1, defaultTheme).dash).toEqual(
      SERIES_DASHES[(2 * n + 1 + 2) % SERIES_DASHES.length],
    );
  });

  it('with an empty palette draws every series in the mark colour, told apart by marker and dash', () => {
    const bare = { ...defaultTheme, series: [] };
    const styles = [0, 1, 2].map((i) => seriesStyle(i, bare));
    for (const s of styles) expect(s.color).toBe(defaultTheme.colors.mark);
    expect(styles.map((s) => s.dash)).toEqual([
      SERIES_DASHES[0],
      SERIES_DASHES[2 % SERIES_DASHES.length],
      SERIES_DASHES[4 % SERIES_DASHES.length],
    ]);
    expect(new Set(styles.map((s) => s.marker)).size).toBe(3);
  });
});
