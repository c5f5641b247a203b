// Chart data from raw survey responses (the CLI's --data). Responses here are hand-made, not survey data.
import { describe, expect, it } from 'vitest';
import { survey2024 } from '@yhdyspinta/data';
import type { RawResponse } from '@yhdyspinta/data';
import { chartDataFromResponses, RenderError } from '@yhdyspinta/charts/static';
import { goalBarFromResponses } from '@yhdyspinta/charts';

const responses: RawResponse[] = [
  { municipalityId: 'espoo', itemId: 'ws-1', rating: 4 },
  { municipalityId: 'vihti', itemId: 'ws-1', rating: 3 },
  { municipalityId: 'espoo', itemId: 'ss-1.1', rating: 2 },
  { municipalityId: 'vihti', itemId: 'ss-1.1', rating: 3 },
  { municipalityId: 'espoo', itemId: 'ss-1.2', rating: 4 },
  { municipalityId: 'hanko', itemId: 'ws-2', rating: null },
];

describe('goalBarFromResponses', () => {
  const data = goalBarFromResponses(responses, { locale: 'sv' });
  const items = data.groups.flatMap((group) => group.items);
  const byId = new Map(
    items.flatMap((item) => [item, ...(item.children ?? [])]).map((i) => [i.id, i]),
  );

  it('keeps the survey structure and texts in the locale', () => {
    expect(data.groups[0]?.label).toBe(survey2024.sections[0]?.shortTitle.sv);
    expect(items.map((item) => item.id)).toEqual(survey2024.goals.map((goal) => goal.id));
    expect(byId.get('ws-1')?.label).toBe(survey2024.goals[0]?.text.sv);
  });

  it('uses the responses’ means rounded to one decimal, null where nobody rated', () => {
    expect(byId.get('ws-1')?.value).toBe(3.5);
    expect(byId.get('ss-1.1')?.value).toBe(2.5);
    expect(byId.get('ss-1.2')?.value).toBe(4);
    // The goal: unweighted mean of its rated sub-goals' means (2.5 and 4) = 3.25 → 3.3.
    expect(byId.get('ss-1')?.value).toBe(3.3);
    expect(byId.get('ss-1.3')?.value).toBeNull();
    expect(byId.get('ws-2')?.value).toBeNull();
    expect(byId.get('rescue')?.value).toBeNull();
  });

  it('counts as answered only the municipalities that gave a rating', () => {
    expect(data.base).toEqual({ answered: 2, total: 10 });
  });

  it('is what chartDataFromResponses gives for goal-bars', () => {
    expect(chartDataFromResponses('goal-bars', responses, 'sv')).toEqual(data);
  });

  it('throws a RenderError for an unknown chart', () => {
    expect(() => chartDataFromResponses('pie' as 'goal-bars', responses)).toThrow(RenderError);
  });
});
