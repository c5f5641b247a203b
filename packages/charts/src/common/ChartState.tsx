import type { LocaleTag } from '../locale/resolve';
import { ChartRoot } from '../a11y/ChartRoot';
import { layoutChartHeader } from '../layout/chartHeader';
import { ResponsiveChart } from '../layout/ResponsiveChart';
import { resolveLocale } from '../locale/messages';
import { commonMessages } from '../locale/common';
import { TextLines } from '../text/TextLines';
import { wrapText } from '../text/wrapText';
import { resolveTheme } from '../theme/resolveTheme';
import type { ThemeOverride } from '../theme/ChartTheme';

export type ChartStateKind = 'loading' | 'empty' | 'error';

export interface ChartStateProps {
  readonly kind: ChartStateKind;
  /** Replaces the locale's default message for the kind. */
  readonly message?: string;
  /** The chart's title, shown above the message and used as the accessible name. */
  readonly title?: string;
  readonly width?: number;
  readonly height?: number;
  readonly locale?: LocaleTag;
  readonly theme?: ThemeOverride;
  readonly className?: string;
}

/** Height of a state at a width when none is given: a compact box, not a full chart's height. */
export function stateHeightForWidth(width: number): number {
  return Math.round(Math.min(320, Math.max(160, width * 0.4)));
}

/**
 * The loading, empty and error states: at the chart's size, the title and a centred message in a
 * role="status" group (announced politely when it appears), in the chosen locale.
 */
export function ChartState(props: ChartStateProps) {
  const locale = resolveLocale(props.locale);
  const theme = resolveTheme(props.theme);
  const common = commonMessages(locale);
  const defaults = { loading: common.loading, empty: common.emptyData, error: common.invalidData };
  const message = props.message ?? defaults[props.kind];
  const title = props.title ?? '';

  return (
    <ResponsiveChart
      width={props.width}
      height={props.height}
      heightForWidth={stateHeightForWidth}
      className={props.className}
    >
      {({ width, height, responsive }) => {
        const header = layoutChartHeader({ title, width, theme });
        const fontSize = theme.fontSize.message;
        const lineHeight = fontSize * theme.lineHeight;
        const { lines } = wrapText(message, {
          maxWidth: width - 2 * theme.spacing.lg,
          fontSize,
          maxLines: 4,
          locale,
        });
        const top = header.height + (height - header.height - lines.length * lineHeight) / 2;
        return (
          <ChartRoot
            width={width}
            height={height}
            theme={theme}
            title={title || message}
            header={header}
            busy={props.kind === 'loading'}
            className={responsive ? undefined : props.className}
          >
            <g role="status">
              <TextLines
                x={width / 2}
                y={Math.max(header.height, top)}
                lines={lines}
                fontSize={fontSize}
                lineHeight={lineHeight}
                textAnchor="middle"
                fill={theme.colors.text}
              />
            </g>
          </ChartRoot>
        );
      }}
    </ResponsiveChart>
  );
}
