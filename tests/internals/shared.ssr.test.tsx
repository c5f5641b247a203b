import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { ChartState, measureText, FONT_METRICS } from '@yhdyspinta/charts';
import { ResponsiveChart } from '../../packages/charts/src/layout/ResponsiveChart';
import { DemoChart } from './support/DemoChart';
import { TextLines } from '../../packages/charts/src/text/TextLines';

describe('shared building blocks without a DOM', () => {
  it('renders a responsive chart at the default size', () => {
    const html = renderToStaticMarkup(
      <ResponsiveChart>
        {({ width, height }) => <svg width={width} height={height} />}
      </ResponsiveChart>,
    );
    expect(html).toBe('<div><svg width="800" height="450"></svg></div>');
  });

  it('renders a standalone SVG with the hidden table in the XHTML namespace and no style attributes', () => {
    const svg = renderToStaticMarkup(<DemoChart />);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<table xmlns="http://www.w3.org/1999/xhtml">');
    expect(svg).toContain('role="figure"');
    expect(svg).not.toContain('style=');
    expect(renderToStaticMarkup(<DemoChart />)).toBe(svg);
  });

  it('renders the error state in English', () => {
    const html = renderToStaticMarkup(<ChartState kind="error" locale="en" />);
    expect(html).toContain('role="status"');
    expect(html).toContain('The chart data is invalid, so the chart cannot be shown.');
    expect(html).toContain('width="800"');
  });
});

describe('TextLines', () => {
  it('keeps word breaks in the text content and moves centred lines back by half a space', () => {
    const markup = renderToStaticMarkup(
      <svg>
        <TextLines
          x={100}
          y={0}
          lines={['yksi', 'kaksi']}
          fontSize={10}
          lineHeight={14}
          textAnchor="middle"
        />
      </svg>,
    );
    const half = Math.round((measureText(' ', 10) / 2) * 100) / 100;
    expect(markup).toContain(`<tspan x="${100 + half}" y="`);
    expect(markup).toContain('>yksi </tspan>');
    expect(markup).toContain('<tspan x="100" y="');
    expect(markup).toContain('>kaksi</tspan>');
  });

  it('puts baselines one line height apart, capitals centred in each line box', () => {
    const markup = renderToStaticMarkup(
      <svg>
        <TextLines x={0} y={10} lines={['a', 'b']} fontSize={10} lineHeight={20} />
      </svg>,
    );
    const ys = [...markup.matchAll(/y="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys[1]! - ys[0]!).toBeCloseTo(20, 1);
    expect(ys[0]).toBeCloseTo(10 + 10 + (FONT_METRICS.weights[400].capHeight * 10) / 2, 2);
  });

  it('writes a single line as a plain <text> with its own rounded x and y, no <tspan>', () => {
    const markup = renderToStaticMarkup(
      <svg>
        <TextLines x={10.123456} y={0} lines={['yksi']} fontSize={10} lineHeight={14} />
      </svg>,
    );
    expect(markup).not.toContain('<tspan');
    expect(markup).toMatch(
      /^<svg><text x="10\.12" y="\d+(\.\d{1,2})?" font-size="10" font-weight="400">yksi<\/text><\/svg>$/,
    );
  });
});
