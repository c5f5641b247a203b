// A minimal chart built only from the shared building blocks, for testing them together: one focusable
// element on the active mark (useActiveItem), the pointer mapped to a mark from the boxes.
import { ChartRoot } from '../../../packages/charts/src/a11y/ChartRoot';
import { FocusRing } from '../../../packages/charts/src/a11y/FocusRing';
import { HiddenDataTable } from '../../../packages/charts/src/a11y/HiddenDataTable';
import { ChartTooltip } from '../../../packages/charts/src/interaction/ChartTooltip';
import { layoutTooltip } from '../../../packages/charts/src/interaction/tooltipLayout';
import { pointerToChart } from '../../../packages/charts/src/interaction/pointerToChart';
import { useActiveItem } from '../../../packages/charts/src/interaction/useActiveItem';
import { layoutChartHeader } from '../../../packages/charts/src/layout/chartHeader';
import { render, screen } from '@testing-library/react';
import { defaultTheme } from '@yhdyspinta/charts';

export const DEMO_ITEMS = ['Ensimmäinen kohta', 'Toinen kohta', 'Kolmas kohta'];

export function DemoChart({ columns }: { columns?: number }) {
  const theme = defaultTheme;
  const width = 400;
  const height = 300;
  const header = layoutChartHeader({ title: 'Demokaavio', width, theme });
  const boxes = DEMO_ITEMS.map((_, i) => ({
    x: 20,
    y: header.height + i * 40,
    width: 120,
    height: 24,
  }));
  const interaction = useActiveItem({
    count: DEMO_ITEMS.length,
    columns,
    itemAt: (event) => {
      const p = pointerToChart(event, width, height);
      const i = boxes.findIndex(
        (b) => p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height,
      );
      return i < 0 ? null : i;
    },
  });
  const active = boxes[interaction.activeIndex];
  const tipIndex = interaction.tooltipIndex;
  const tipBox = tipIndex === null ? undefined : boxes[tipIndex];
  return (
    <ChartRoot
      width={width}
      height={height}
      theme={theme}
      title="Demokaavio"
      header={header}
      description="Kolme kohtaa."
    >
      <g role="group" aria-label="Kohdat" {...interaction.pointerProps}>
        <g aria-hidden="true">
          {DEMO_ITEMS.map((item, i) => (
            <rect key={item} {...boxes[i]} fill={theme.colors.mark} />
          ))}
        </g>
        {active ? (
          <rect
            {...active}
            fill="none"
            pointerEvents="none"
            role="graphics-symbol"
            aria-label={DEMO_ITEMS[interaction.activeIndex]}
            {...interaction.focusProps}
          />
        ) : null}
      </g>
      {interaction.focused && active ? <FocusRing {...active} theme={theme} /> : null}
      <HiddenDataTable
        caption="Demokaavio: tiedot taulukkona"
        columns={['Kohta', 'Arvo']}
        rows={DEMO_ITEMS.map((item, i) => ({ key: item, header: item, cells: [String(i + 1)] }))}
      />
      {tipIndex !== null && tipBox ? (
        <ChartTooltip
          id={interaction.tooltipId}
          theme={theme}
          layout={layoutTooltip(
            {
              title: DEMO_ITEMS[tipIndex] ?? '',
              rows: [{ label: 'Arvo', value: String(tipIndex + 1) }],
            },
            tipBox,
            { width, height },
            theme,
          )}
        />
      ) : null}
    </ChartRoot>
  );
}

/**
 * Renders DemoChart for pointer tests: its marks' group and the client position `dy` px below the top of
 * mark `i` plus 5 (jsdom has no layout: a client position is the chart position; marks are 40 px apart,
 * and the focus element sits on mark 0 before any move).
 */
export function renderDemoForPointer() {
  render(<DemoChart />);
  const group = screen.getByRole('group', { name: 'Kohdat' });
  const first = screen.getByRole('graphics-symbol');
  const at = (i: number, dy = 0) => ({
    clientX: Number(first.getAttribute('x')) + 5,
    clientY: Number(first.getAttribute('y')) + i * 40 + 5 + dy,
  });
  return { group, at };
}
