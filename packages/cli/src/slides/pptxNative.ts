/**
 * A native PowerPoint chart on a slide (pptxgenjs): GoalBarChart's goals as horizontal bars on the 1–5
 * axis, RescueRadar as a radar with a numbered key when its goal texts are long. Editable in PowerPoint:
 * the values are the chart's data, the axis title names the scale's words.
 */
import type PptxGenJS from 'pptxgenjs';
import type { InchBox } from './frame';
import type { NativeChart } from './native';
import { FONT_FACE, MUTED, TEXT } from './pptxStyle';

type Slide = PptxGenJS.Slide;

const MARK = '0072B2';
const SERIES_COLORS = [MARK, 'D55E00', '009E73', 'CC79A7', 'E69F00', '56B4E9'];

function axisOptions(chart: NativeChart, pt: number): PptxGenJS.IChartOpts {
  return {
    valAxisMinVal: 1,
    valAxisMaxVal: 5,
    valAxisMajorUnit: 1,
    valAxisLabelFormatCode: '0',
    valAxisTitle: chart.axisTitle,
    showValAxisTitle: true,
    valAxisTitleFontSize: pt,
    valAxisTitleColor: MUTED,
    valAxisTitleFontFace: FONT_FACE,
    valAxisLabelFontSize: pt,
    valAxisLabelFontFace: FONT_FACE,
    valAxisLabelColor: TEXT,
    catAxisLabelFontSize: pt,
    catAxisLabelFontFace: FONT_FACE,
    catAxisLabelColor: TEXT,
    dataLabelFontSize: pt,
    dataLabelFontFace: FONT_FACE,
    dataLabelFormatCode: '0.0',
    showValue: true,
  };
}

export function addNativeChart(
  pptx: PptxGenJS,
  slide: Slide,
  chart: NativeChart,
  box: InchBox,
  altText: string,
): void {
  const data = chart.series.map((series) => ({
    name: series.name,
    labels: [...chart.categories],
    // pptxgenjs writes an empty cell (a gap) for a missing value.
    values: series.values.map((value) => value ?? (null as unknown as number)),
  }));
  if (chart.kind === 'bar') {
    slide.addChart(pptx.ChartType.bar, data, {
      ...box,
      ...axisOptions(chart, 12),
      altText,
      barDir: 'bar',
      // The first goal at the top; pptxgenjs 4.0.1's types list only 'minMax', its writer takes both.
      catAxisOrientation: 'maxMin' as 'minMax',
      // Every goal named (an application may otherwise skip every other label).
      catAxisLabelFrequency: '1',
      valAxisCrossesAt: 1,
      chartColors: [MARK],
      showLegend: false,
      valGridLine: { color: 'DDDDDD', size: 1 },
    });
    return;
  }
  const keyed = chart.key.length > 0;
  const chartBox = keyed ? { ...box, w: box.w * 0.5 } : box;
  slide.addChart(pptx.ChartType.radar, data, {
    ...chartBox,
    ...axisOptions(chart, 12),
    altText,
    radarStyle: 'marker',
    chartColors: SERIES_COLORS.slice(0, Math.max(1, chart.series.length)),
    showLegend: chart.series.length > 1,
    legendPos: 'b',
    legendFontFace: FONT_FACE,
  });
  if (keyed) {
    slide.addText(
      [chart.axisTitle, ...chart.key].map((line) => ({ text: line, options: { breakLine: true } })),
      {
        x: box.x + box.w * 0.52,
        y: box.y,
        w: box.w * 0.48,
        h: box.h,
        fontFace: FONT_FACE,
        fontSize: 11,
        color: TEXT,
        valign: 'middle',
        paraSpaceAfter: 4,
      },
    );
  }
}
