// The custom elements' text attributes as the chart's text props (attributes.ts).
import { describe, expect, it } from 'vitest';
import {
  OBSERVED_ATTRIBUTES,
  textsFromAttributes,
} from '../../packages/charts/src/elements/attributes';

const from = (attributes: Readonly<Record<string, string>>) =>
  textsFromAttributes((name) => attributes[name] ?? null);

describe('textsFromAttributes', () => {
  it('maps chart-title, subtitle, axis-title and source to the props, trimmed', () => {
    expect(
      from({
        'chart-title': ' Oma otsikko ',
        subtitle: 'Kevät 2025',
        'axis-title': 'Arvio 1–5',
        source: 'Lähde: oma kysely',
        title: 'Vihje',
      }),
    ).toEqual({
      title: 'Oma otsikko',
      subtitle: 'Kevät 2025',
      axisTitle: 'Arvio 1–5',
      source: 'Lähde: oma kysely',
    });
  });

  it('leaves out absent, empty and blank attributes (the chart keeps its default)', () => {
    expect(from({ 'chart-title': '', subtitle: ' \t', source: 'x' })).toEqual({ source: 'x' });
    expect(from({})).toEqual({});
  });

  it('observes the text attributes (a change re-renders), not the global title', () => {
    expect(OBSERVED_ATTRIBUTES).toEqual(
      expect.arrayContaining(['chart-title', 'subtitle', 'axis-title', 'source']),
    );
    expect(OBSERVED_ATTRIBUTES).not.toContain('title');
  });
});
