import { memo } from 'react';
import { HaloText } from '../common/HaloText';
import { TextBlock } from '../text/TextBlock';
import type { ChartTheme } from '../theme/ChartTheme';
import type { GoalBarLayout } from './compute';
import type { GoalBarMarks, PrintedValues, ValueColumn } from './marks';
import { diamondPath, markAt, PREVIOUS_MARK_ASPECT } from './previousMarker';
import type { LegendLayout } from './legend';

const REFERENCE_DASH = '5 4';

export interface GoalBarMarksProps {
  readonly marks: GoalBarMarks;
  readonly theme: ChartTheme;
}

/** Grid lines at each scale level, under the bars: one path. Decorative. */
export function GoalBarGrid({ marks, theme }: GoalBarMarksProps) {
  return <path aria-hidden="true" d={marks.gridPath} fill="none" stroke={theme.colors.grid} />;
}

/**
 * The neutral reference line at 3 (dashed), the comparison marker (solid) and the previous round's
 * diamonds (background fill, text-coloured outline: they read in greyscale on a bar and off it), over
 * the bars.
 */
export function GoalBarMarkers({ marks, theme }: GoalBarMarksProps) {
  const { colors, referenceStrokeWidth } = theme;
  return (
    <g aria-hidden="true" pointerEvents="none" fill="none" strokeWidth={referenceStrokeWidth}>
      <path d={marks.referencePath} stroke={colors.reference} strokeDasharray={REFERENCE_DASH} />
      {marks.comparisonPath ? <path d={marks.comparisonPath} stroke={colors.comparison} /> : null}
      {marks.previousPath ? (
        <path
          d={marks.previousPath}
          fill={colors.background}
          stroke={colors.text}
          strokeLinejoin="round"
        />
      ) : null}
    </g>
  );
}

/**
 * Values in groups moved to their x; each a plain <text y>, the common attributes on the parent; a change
 * since the previous round follows its value in a <tspan> of normal weight.
 */
function ValueColumns({
  columns,
  changeWeight,
}: {
  readonly columns: readonly ValueColumn[];
  readonly changeWeight: number;
}) {
  return columns.map((column) => (
    <g key={column.x} transform={`translate(${column.x} 0)`}>
      {column.values.map((value, i) =>
        // One child unless a change follows: an array of children costs the server render more.
        value.change ? (
          <text key={i} y={value.y}>
            {value.text}
            <tspan fontWeight={changeWeight}>{value.change}</tspan>
          </text>
        ) : (
          <text key={i} y={value.y}>
            {value.text}
          </text>
        ),
      )}
    </g>
  ));
}

/** Values by weight: bars' values bold, missing values ("ei tietoa") normal; each column's change normal. */
function PrintedValueGroups({
  values,
  theme,
}: {
  readonly values: PrintedValues;
  readonly theme: ChartTheme;
}) {
  const { fontWeight } = theme;
  return (
    <>
      {values.bold.length > 0 ? (
        <g fontWeight={fontWeight.bold}>
          <ValueColumns columns={values.bold} changeWeight={fontWeight.normal} />
        </g>
      ) : null}
      {values.normal.length > 0 ? (
        <g fontWeight={fontWeight.normal}>
          <ValueColumns columns={values.normal} changeWeight={fontWeight.normal} />
        </g>
      ) : null}
    </>
  );
}

const hasValues = (values: PrintedValues) => values.bold.length + values.normal.length > 0;

/**
 * The printed values ("2,7", "ei tietoa"), drawn above the lines: as plain text where no line runs
 * through them (placement keeps them clear of the reference and comparison lines and the markers), over a
 * halo in the background colour (HaloText) where a grid line does. aria-hidden: the focused row's name
 * and the table have the values.
 */
export const GoalBarValues = memo(function GoalBarValues({
  marks,
  fontSize,
  theme,
}: GoalBarMarksProps & { readonly fontSize: number }) {
  return (
    <>
      {hasValues(marks.values) ? (
        <g aria-hidden="true" pointerEvents="none" fontSize={fontSize} fill={theme.colors.text}>
          <PrintedValueGroups values={marks.values} theme={theme} />
        </g>
      ) : null}
      {hasValues(marks.haloValues) ? (
        <HaloText theme={theme} fontSize={fontSize}>
          <PrintedValueGroups values={marks.haloValues} theme={theme} />
        </HaloText>
      ) : null}
    </>
  );
});

export interface GoalBarLegendProps {
  readonly layout: GoalBarLayout;
  readonly theme: ChartTheme;
}

/**
 * The legend's diamond: the previous round's marker, up to an em of the legend text tall and no wider
 * than the swatch's room (`spacing.sm`), so it keeps clear of the text beside it; centred on the line.
 */
function legendDiamond(x: number, top: number, legend: LegendLayout, theme: ChartTheme): string {
  const halfHeight = Math.min(legend.fontSize / 2, theme.spacing.sm / 2 / PREVIOUS_MARK_ASPECT);
  return diamondPath(markAt(x, top + legend.lineHeight / 2, halfHeight));
}

/**
 * The legend of the two lines, with sample segments drawn like the lines themselves, and of the previous
 * round's marker.
 */
export function GoalBarLegend({ layout, theme }: GoalBarLegendProps) {
  const { legend } = layout;
  const { colors, referenceStrokeWidth } = theme;
  return (
    <g aria-hidden="true">
      {legend.entries.map((entry) => (
        <g key={entry.kind}>
          {entry.kind === 'previous' ? (
            <path
              d={legendDiamond(entry.swatchX, entry.y, legend, theme)}
              fill={colors.background}
              stroke={colors.text}
              strokeWidth={referenceStrokeWidth}
              strokeLinejoin="round"
            />
          ) : (
            <line
              x1={entry.swatchX}
              x2={entry.swatchX}
              y1={entry.y + 2}
              y2={entry.y + legend.lineHeight - 2}
              stroke={entry.kind === 'reference' ? colors.reference : colors.comparison}
              strokeWidth={referenceStrokeWidth}
              strokeDasharray={entry.kind === 'reference' ? '3 2' : undefined}
            />
          )}
          <TextBlock x={entry.textX} block={entry} size={legend} fill={colors.textMuted} />
        </g>
      ))}
    </g>
  );
}
