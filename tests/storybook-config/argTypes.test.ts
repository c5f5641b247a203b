// The Controls panel's refinements of the chart stories' argTypes (stories/support/argTypes.ts).
import { describe, expect, it } from 'vitest';
import type { StrictArgTypes } from 'storybook/internal/types';
import { refineChartArgTypes, statedDefault } from '../../stories/support/argTypes';

type Context = Parameters<typeof refineChartArgTypes>[0];

function refine(title: string, argTypes: StrictArgTypes): StrictArgTypes {
  return refineChartArgTypes({ title, argTypes } as unknown as Context);
}

const docgen: StrictArgTypes = {
  width: { name: 'width', description: 'Fixed width in px.', type: { name: 'number' } },
  locale: { name: 'locale', description: "'fi' (default), 'sv' or 'en'." },
  maxLabelLines: {
    name: 'maxLabelLines',
    description:
      'Lines of a goal\'s text before it is cut with "…" (default 3; NaN or below 1 → 3).',
  },
  twin: { name: 'twin', description: "'bars' adds a <div> holding both charts; 'none' (default)." },
  onSelect: { name: 'onSelect', description: 'Called when a mark is chosen.' },
  displayName: { name: 'displayName' },
  __docgenInfo: { name: '__docgenInfo' },
};

describe('refineChartArgTypes', () => {
  const refined = refine('Charts/GoalBarChart', docgen);

  it('gives sizes and line counts range controls', () => {
    expect(refined.width?.control).toMatchObject({ type: 'range', min: 240, max: 1920 });
    expect(refined.maxLabelLines?.control).toMatchObject({ type: 'range', min: 1, max: 6 });
  });

  it('offers the three languages and says the toolbar rules while unset', () => {
    expect(refined.locale?.options).toEqual(['fi', 'sv', 'en']);
    expect(refined.locale?.description).toMatch(/unset follows the toolbar\.$/);
  });

  it('logs the callbacks as actions', () => {
    expect(refined.onSelect).toMatchObject({ action: 'onSelect' });
  });

  it('drops the keys the docgen plugin adds to the shared argTypes object', () => {
    expect(Object.keys(refined)).not.toContain('displayName');
    expect(Object.keys(refined)).not.toContain('__docgenInfo');
  });

  it('shows element names in doc comments as code, and the stated default', () => {
    expect(refined.twin?.description).toContain('a `<div>` holding');
    expect(refined.twin?.table?.defaultValue).toEqual({ summary: "'none'" });
    expect(refined.maxLabelLines?.table?.defaultValue).toEqual({ summary: '3' });
  });

  it('leaves stories outside Charts/ as they are', () => {
    expect(refine('Dashboard', docgen)).toBe(docgen);
  });
});

describe('statedDefault', () => {
  it.each([
    ['Section headers (default true). false: one ranked list.', 'true'],
    ['Most columns chosen by width (default 5: ten municipalities as 5 × 2).', '5'],
    ['Lines of a name. Default 5 (also for NaN or below 1); at most 20.', '5'],
    ["'source' (default) keeps the data's order.", "'source'"],
  ])('%s → %s', (description, expected) => {
    expect(statedDefault(description)).toBe(expected);
  });

  it('states none when the comment gives the default in words', () => {
    expect(statedDefault("Default: the survey's title for the shipped data.")).toBeUndefined();
  });
});
