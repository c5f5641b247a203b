import type { ReactNode } from 'react';
import { ChartRoot } from '../a11y/ChartRoot';
import type { ChartFrame } from '../layout/layoutInput';
import { TextLines } from '../text/TextLines';
import type { ChartSvgProps } from './defineChart';

export interface ChartSvgRootProps {
  /** The drawing's own props: its theme, the title in its options, its class name and source line. */
  readonly svg: ChartSvgProps<unknown, { readonly title: string }>;
  /** The computed layout's size and header. */
  readonly layout: ChartFrame;
  /** The accessible description (the key finding, or the caller's `description`). */
  readonly description: string;
  readonly children?: ReactNode;
}

/**
 * ChartRoot as every chart's drawing opens it: sized and headed by its layout, named by its title, with
 * the caller's source line (`source`) in a band under the layout.
 */
export function ChartSvgRoot({ svg, layout, description, children }: ChartSvgRootProps) {
  const { sourceLine } = svg;
  return (
    <ChartRoot
      width={layout.width}
      height={layout.height + (sourceLine?.height ?? 0)}
      theme={svg.theme}
      title={svg.options.title}
      header={layout.header}
      description={description}
      className={svg.className}
      fit={layout.fit}
      truncatedCount={layout.truncatedCount}
    >
      {children}
      {sourceLine ? (
        <TextLines
          data-part="source"
          x={sourceLine.x}
          y={layout.height}
          lines={sourceLine.lines}
          fontSize={sourceLine.fontSize}
          lineHeight={sourceLine.lineHeight}
          fill={svg.theme.colors.textMuted}
        />
      ) : null}
    </ChartRoot>
  );
}
