import axe from 'axe-core';
import type { Result } from 'axe-core';

/** Runs axe-core on `root` and returns its violations, formatted for a readable test failure. */
export async function axeViolations(root: Element): Promise<string[]> {
  const results = await axe.run(root, { resultTypes: ['violations'] });
  return results.violations.map(
    (v: Result) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
