// Text overrides (issue 14): title, subtitle, axisTitle and source on every chart; the survey's texts
// are defaults only for the survey's data, and own data gets no invented title.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import {
  GoalBarChart,
  RescueRadar,
  ResponseCoverage,
  ThemeHeatmap,
  getMessages,
  goalBarFromResponses,
} from '@yhdyspinta/charts';
import { parseResponsesCsv } from '@yhdyspinta/data';
import type {
  GoalBarData,
  HeatmapData,
  RescueRadarData,
  ResponseCoverageData,
} from '@yhdyspinta/charts';

const fi = getMessages('fi');

const OWN_BARS: GoalBarData = {
  groups: [
    {
      id: 'g',
      label: 'Oma osio',
      items: [
        { id: 'a', label: 'Oma tavoite A', value: 3.1 },
        { id: 'b', label: 'Oma tavoite B', value: 4.2 },
      ],
    },
  ],
};
const OWN_RADAR: RescueRadarData = {
  axes: [
    { id: 'x', label: 'Akseli X' },
    { id: 'y', label: 'Akseli Y' },
    { id: 'z', label: 'Akseli Z' },
  ],
  series: [{ id: 's', label: 'Oma sarja', values: { x: 2, y: 3, z: 4 } }],
};
const OWN_COVERAGE: ResponseCoverageData = [
  { id: 'hanko', label: 'Hanko', answered: true },
  { id: 'inkoo', label: 'Inkoo', answered: false },
];
const OWN_HEATMAP: HeatmapData = {
  kind: 'count',
  rows: [
    { id: 'r1', label: 'Rivi 1' },
    { id: 'r2', label: 'Rivi 2' },
  ],
  columns: [
    { id: 'c1', label: 'Sarake 1' },
    { id: 'c2', label: 'Sarake 2' },
  ],
  values: [
    [1, 2],
    [3, 4],
  ],
};

/** Every visible text of the chart's drawing (the figure minus its hidden table and description). */
function drawnText(figure: HTMLElement): string {
  const copy = figure.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('desc, foreignObject').forEach((node) => node.remove());
  return copy.textContent ?? '';
}

describe('text overrides', () => {
  it("draws the survey's title and axis title for the shipped data, and none invented for own data", () => {
    const { unmount } = render(<GoalBarChart width={640} />);
    const shipped = screen.getByRole('figure', { name: fi.goalBar.title });
    expect(drawnText(shipped)).toContain(fi.common.scaleAxisTitle);
    unmount();

    render(<GoalBarChart width={640} data={OWN_BARS} />);
    const own = screen.getByRole('figure', { name: 'Pylväskaavio keskiarvoista asteikolla 1–5' });
    const text = drawnText(own);
    expect(text).not.toContain(fi.goalBar.title);
    expect(text).not.toContain(fi.common.scaleAxisTitle);
    expect(text).toContain('Keskiarvo asteikolla 1–5');
  });

  it("keeps the survey's texts for data built from the survey's raw responses", () => {
    const { responses } = parseResponsesCsv('kunta;kohta;arvio\nEspoo;ws-1;4\nHanko;ws-1;2\n');
    render(<GoalBarChart width={640} data={goalBarFromResponses(responses)} />);
    const figure = screen.getByRole('figure', { name: fi.goalBar.title });
    expect(drawnText(figure)).toContain(fi.common.scaleAxisTitle);
  });

  it('takes a title, subtitle, axis title and source line, drawn and named', () => {
    render(
      <GoalBarChart
        width={640}
        data={OWN_BARS}
        title="Oma otsikko"
        subtitle="Kevät 2025"
        axisTitle="Arvio 1–5"
        source="Lähde: oma kysely"
      />,
    );
    const figure = screen.getByRole('figure', { name: 'Oma otsikko' });
    const text = drawnText(figure);
    for (const part of ['Oma otsikko', 'Kevät 2025', 'Arvio 1–5', 'Lähde: oma kysely']) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('Keskiarvo asteikolla 1–5');
  });

  it('grows the chart by the source line at its natural height, and keeps a fixed height', () => {
    const { unmount } = render(<GoalBarChart width={640} data={OWN_BARS} />);
    const natural = Number(screen.getByRole('figure').getAttribute('height'));
    unmount();
    const { unmount: unmount2 } = render(
      <GoalBarChart width={640} data={OWN_BARS} source="Lähde: oma kysely" />,
    );
    const withSource = Number(screen.getByRole('figure').getAttribute('height'));
    expect(withSource).toBeGreaterThan(natural);
    unmount2();
    render(<GoalBarChart width={640} height={500} data={OWN_BARS} source="Lähde: oma kysely" />);
    expect(screen.getByRole('figure').getAttribute('height')).toBe('500');
  });

  it.each([
    [
      'RescueRadar',
      <RescueRadar key="r" width={640} data={OWN_RADAR} subtitle="Alaotsikko" source="Lähde: X" />,
      'Säteittäinen kaavio keskiarvoista asteikolla 1–5',
      fi.rescueRadar.title,
    ],
    [
      'ResponseCoverage',
      <ResponseCoverage
        key="c"
        width={640}
        data={OWN_COVERAGE}
        subtitle="Alaotsikko"
        source="Lähde: X"
      />,
      'Kaavio vastanneista kunnista',
      fi.responseCoverage.title,
    ],
    [
      'ThemeHeatmap',
      <ThemeHeatmap
        key="h"
        width={640}
        data={OWN_HEATMAP}
        subtitle="Alaotsikko"
        source="Lähde: X"
      />,
      'Lämpökartta: Lukumäärät',
      fi.themeHeatmap.title,
    ],
  ] as const)(
    '%s: own data is named by its kind, with the subtitle and source drawn',
    (_name, chart, name, surveyTitle) => {
      render(chart);
      const figure = screen.getByRole('figure', { name });
      const text = drawnText(figure);
      expect(text).not.toContain(surveyTitle);
      expect(text).not.toContain(name);
      expect(text).toContain('Alaotsikko');
      expect(text).toContain('Lähde: X');
    },
  );

  it("names a heatmap after its data's own title, and the survey's charts by the survey by default", () => {
    const { unmount } = render(
      <ThemeHeatmap width={640} data={{ ...OWN_HEATMAP, title: 'Datan otsikko' }} />,
    );
    expect(drawnText(screen.getByRole('figure', { name: 'Datan otsikko' }))).toContain(
      'Datan otsikko',
    );
    unmount();
    const { unmount: u2 } = render(<RescueRadar width={640} />);
    expect(drawnText(screen.getByRole('figure', { name: fi.rescueRadar.title }))).toContain(
      fi.rescueRadar.title,
    );
    u2();
    render(<ResponseCoverage width={640} locale="sv" title="Egen rubrik" />);
    expect(screen.getByRole('figure', { name: 'Egen rubrik' })).toBeInstanceOf(SVGSVGElement);
  });
});
