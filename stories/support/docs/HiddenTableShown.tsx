/**
 * The Accessibility guide's look at what a screen reader gets besides the picture: GoalBarChart, and a
 * visible copy of the HTML table it carries hidden from sight (in a 1 × 1 px foreignObject). The copy is
 * aria-hidden — the chart's own table is already in the accessibility tree — and has no ids.
 */
import { useEffect, useRef } from 'react';
import { GoalBarChart } from '@yhdyspinta/charts';

export function HiddenTableShown() {
  const chart = useRef<HTMLDivElement>(null);
  const copy = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const table = chart.current?.querySelector('foreignObject table');
    const target = copy.current;
    if (!table || !target) return;
    const clone = table.cloneNode(true) as HTMLElement;
    for (const element of [clone, ...Array.from(clone.querySelectorAll('[id]'))]) {
      element.removeAttribute('id');
    }
    target.replaceChildren(clone);
  });
  return (
    <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap', alignItems: 'flex-start' }}>
      <div ref={chart} style={{ flex: '1 1 420px', minWidth: 0 }}>
        <GoalBarChart width={420} />
      </div>
      <div style={{ flex: '1 1 420px', minWidth: 0, fontSize: 14 }}>
        <p>
          <strong>The hidden table, made visible</strong> (a copy; screen readers read the
          chart&apos;s own):
        </p>
        <div ref={copy} aria-hidden="true" />
      </div>
    </div>
  );
}
