// text/wrapText.ts's ellipsize: the longest start of a line that fits with "…", cut back past trailing
// spaces and punctuation so a cut line never reads "Hyvinvointi,…".
import { describe, expect, it } from 'vitest';
import { ellipsize } from '../../packages/charts/src/text/wrapText';

const atMost = (n: number) => (s: string) => [...s].length <= n;

describe('ellipsize', () => {
  it('drops every trailing space and punctuation mark before the ellipsis', () => {
    expect(ellipsize('Hyvinvointi, palvelut ja kunnat', atMost(14))).toBe('Hyvinvointi…');
    expect(ellipsize('Kunnat – ja alue', atMost(9))).toBe('Kunnat…');
  });

  it('keeps as many characters as fit', () => {
    expect(ellipsize('Pelastustoimi', atMost(6))).toBe('Pelas…');
    expect(ellipsize('Pelastustoimi', atMost(100))).toBe('Pelastustoimi…');
  });

  it('is the ellipsis alone when no character fits with it', () => {
    expect(ellipsize('Pelastustoimi', atMost(1))).toBe('…');
    expect(ellipsize('', atMost(5))).toBe('…');
  });
});
