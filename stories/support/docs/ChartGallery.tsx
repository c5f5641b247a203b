/**
 * The Introduction's gallery: the four charts drawn live from the shipped data, small, each with a link
 * to its docs page. The links go through Storybook's docs anchor (AnchorMdx), which navigates the
 * manager instead of the preview iframe.
 */
import { AnchorMdx } from '@storybook/addon-docs/blocks';
import { GoalBarChart, RescueRadar, ResponseCoverage, ThemeHeatmap } from '@yhdyspinta/charts';
import type { ReactNode } from 'react';

interface GalleryEntry {
  readonly name: string;
  readonly docs: string;
  readonly what: string;
  readonly chart: ReactNode;
}

const WIDTH = 280;
/** Thumbnails show the top of each chart; the docs page shows the whole. */
const THUMB_HEIGHT = 340;

const ENTRIES: readonly GalleryEntry[] = [
  {
    name: 'GoalBarChart',
    docs: '?path=/docs/charts-goalbarchart--docs',
    what: 'How well each cooperation goal was met, 1–5, from the 2024 municipal survey.',
    chart: <GoalBarChart width={WIDTH} interactive={false} />,
  },
  {
    name: 'ThemeHeatmap',
    docs: '?path=/docs/charts-themeheatmap--docs',
    what: 'Which themes each municipality raised in its 2025 §14 negotiation memo.',
    chart: <ThemeHeatmap width={WIDTH} interactive={false} />,
  },
  {
    name: 'RescueRadar',
    docs: '?path=/docs/charts-rescueradar--docs',
    what: "The rescue service's nine goals on one radar, with a bar twin for small screens.",
    chart: <RescueRadar width={WIDTH} interactive={false} />,
  },
  {
    name: 'ResponseCoverage',
    docs: '?path=/docs/charts-responsecoverage--docs',
    what: 'Which municipalities answered: the base every mean stands on.',
    chart: <ResponseCoverage width={WIDTH} interactive={false} />,
  },
];

const grid = {
  display: 'grid',
  gridTemplateColumns: `repeat(auto-fill, minmax(${WIDTH + 26}px, 1fr))`,
  gap: 16,
  margin: '16px 0 24px',
} as const;

const thumb = {
  position: 'relative',
  maxHeight: THUMB_HEIGHT,
  overflow: 'hidden',
} as const;

const fade = {
  position: 'absolute',
  left: 0,
  right: 0,
  bottom: 0,
  height: 48,
  background: 'linear-gradient(rgba(255,255,255,0), #fff)',
  pointerEvents: 'none',
} as const;

const card = {
  border: '1px solid #d0d7de',
  borderRadius: 8,
  padding: 12,
  background: '#fff',
  overflow: 'hidden',
} as const;

/** Four live thumbnails, each linked to its chart's docs page. */
export function ChartGallery() {
  return (
    <ul style={{ ...grid, listStyle: 'none', padding: 0 }} aria-label="The charts">
      {ENTRIES.map((entry) => (
        <li key={entry.name} style={card}>
          <h3 style={{ margin: '0 0 4px' }}>
            <AnchorMdx href={entry.docs} target="_self">
              {entry.name}
            </AnchorMdx>
          </h3>
          <p style={{ margin: '0 0 8px', fontSize: 14 }}>{entry.what}</p>
          <div style={thumb}>
            {entry.chart}
            <div style={fade} />
          </div>
        </li>
      ))}
    </ul>
  );
}
