import type { ReactNode } from 'react';
import { ChartRoot } from '../a11y/ChartRoot';
import type { ChartFrame } from '../layout/layoutInput';
import type { ChartSvgProps } from './defineChart';

export interface ChartSvgRootProps {
  /** The drawing's own props: its theme, the title in its options and its class name. */
  readonly svg: ChartSvgProps<unknown, { readonly title: string }>;
  /** The computed layout's size and header. */
  readonly layout: ChartFrame;
  /** The accessible description (the key finding, or the caller's `description`). */
  readonly description: string;
  readonly children?: ReactNode;
}

/** ChartRoot as every chart's drawing opens it: sized and headed by its layout, named by its title. */
export function ChartSvgRoot({ svg, layout, description, children }: ChartSvgRootProps) {
  return (
    <ChartRoot
      width={layout.width}
      height={layout.height}
      theme={svg.theme}
      title={svg.options.title}
      header={layout.header}
      description={description}
      className={svg.className}
      fit={layout.fit}
    >
      {children}
    </ChartRoot>
  );
}
