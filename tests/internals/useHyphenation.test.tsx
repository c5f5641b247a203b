import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@yhdyspinta/data';
import { measureText, wrapText } from '@yhdyspinta/charts';
import { useHyphenation } from '../../packages/charts/src/text/useHyphenation';

/** Room for "välfärds-" but not "välfärdso" (see hyphenationLoad.test.ts). */
const maxWidth = measureText('välfärds-', 14) + 1;

function Word({
  locale,
  word = 'välfärdsområdet',
}: {
  readonly locale: Locale;
  readonly word?: string;
}) {
  const hyphenated = useHyphenation(locale);
  const { lines } = wrapText(word, { maxWidth, fontSize: 14, locale });
  return <p aria-label={hyphenated ? 'hyphenated' : 'plain'}>{lines.join('|')}</p>;
}

describe('useHyphenation', () => {
  it('draws Swedish with the character fallback first, then re-renders at syllables once loaded', async () => {
    render(<Word locale="sv" />);
    expect(screen.getByLabelText('plain').textContent).toBe('välfärd-|sområ-|det');
    expect((await screen.findByLabelText('hyphenated')).textContent).toBe('välfärds-|området');
  });

  it('has Finnish from the start and nothing to load for English', () => {
    // At Finnish syllables on the first render ("hyvinvointi-" is wider than the room).
    render(<Word locale="fi" word="hyvinvointialue" />);
    expect(screen.getByLabelText('hyphenated').textContent).toBe('hyvin-|vointia-|lue');
    render(<Word locale="en" />);
    expect(screen.getByLabelText('plain').textContent).toBe('välfärd-|sområ-|det');
  });
});
