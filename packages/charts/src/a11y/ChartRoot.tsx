import { useId } from 'react';
import type { ReactNode } from 'react';
import type { ChartHeaderLayout } from '../layout/chartHeader';
import { fitAttributes } from '../layout/fitReport';
import type { FitReport } from '../layout/fitReport';
import { TextLines } from '../text/TextLines';
import type { ChartTheme } from '../theme/ChartTheme';

export interface ChartRootProps {
  readonly width: number;
  readonly height: number;
  readonly theme: ChartTheme;
  /** The full title: the chart's accessible name (the visible title may be wrapped and cut). */
  readonly title: string;
  /** From layoutChartHeader: the visible title (unless hidden) and notes. */
  readonly header: ChartHeaderLayout;
  /** Accessible description: the generated key finding (or the caller's `description`). */
  readonly description?: string;
  /** Set while loading. */
  readonly busy?: boolean;
  /** Written as data attributes (data-fit, …) for the static renderer and layout checks. */
  readonly fit?: FitReport;
  /** Labels drawn cut with "…": written as `data-fit-cut` for the static renderer (none when 0). */
  readonly truncatedCount?: number;
  readonly className?: string;
  readonly children?: ReactNode;
}

/**
 * The root of every chart: a standalone <svg> (with xmlns, so renderToStaticMarkup output is a valid .svg
 * file) with role="figure", named by the full title (aria-label) and described by a <desc> holding the key
 * finding. It paints the background and the header; the visible title and notes are aria-hidden because
 * the name and description already carry them. No animation anywhere: nothing to reduce for
 * prefers-reduced-motion.
 */
export function ChartRoot({
  width,
  height,
  theme,
  title,
  header,
  description,
  busy,
  fit,
  truncatedCount,
  className,
  children,
}: ChartRootProps) {
  const descId = useId();
  const { colors } = theme;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="figure"
      aria-label={title}
      aria-describedby={description ? descId : undefined}
      aria-busy={busy ? true : undefined}
      fontFamily={theme.fontFamily}
      display="block"
      className={className}
      {...fitAttributes(fit)}
      data-fit-cut={truncatedCount ? truncatedCount : undefined}
    >
      {description ? <desc id={descId}>{description}</desc> : null}
      <rect width={width} height={height} fill={colors.background} />
      <g aria-hidden="true">
        {header.title ? <TextLines x={header.x} {...header.title} fill={colors.text} /> : null}
        {header.notes.map((note, i) => (
          <TextLines key={i} x={header.x} {...note} fill={colors.textMuted} />
        ))}
      </g>
      {children}
    </svg>
  );
}
