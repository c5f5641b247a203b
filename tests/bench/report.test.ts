import { describe, expect, it } from 'vitest';
import { KEPT_HEADING, keptSection, renderResultsMarkdown } from '../../bench/src/report';

const KEPT = `${KEPT_HEADING} (\`--deck\`, \`--import\`)\n\nKept by hand.\n\n| target | result |\n| --- | --- |\n| import | **pass** |`;

describe('RESULTS.md: the hand-kept section', () => {
  it('is found between its heading and the next section, whatever surrounds it', () => {
    const file = `# Benchmark results\n\n## Full run\n\ntables\n\n${KEPT}\n\n## Quick run (--quick)\n\nmore`;
    expect(keptSection(file)).toBe(KEPT);
    expect(keptSection(`${KEPT}\n`)).toBe(KEPT);
    expect(keptSection('# Benchmark results\n\n## Full run\n')).toBe('');
  });

  it('is carried into a rewritten file after the full run and before the quick run', () => {
    const empty = { description: '', full: null, quick: null };
    const markdown = renderResultsMarkdown(empty, KEPT);
    const full = markdown.indexOf('## Full run');
    const kept = markdown.indexOf(KEPT);
    const quick = markdown.indexOf('## Quick run');
    expect(full).toBeGreaterThan(-1);
    expect(kept).toBeGreaterThan(full);
    expect(quick).toBeGreaterThan(kept);
    expect(keptSection(markdown)).toBe(KEPT);
    expect(renderResultsMarkdown(empty)).not.toContain(KEPT_HEADING);
  });
});
