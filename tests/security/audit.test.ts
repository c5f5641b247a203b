/**
 * scripts/audit.mjs judges pnpm's audit report: high or critical advisories fail, lower ones pass, and
 * an unreachable or retired audit endpoint is reported as "not run" (never as a pass).
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { judgeAudit } from '../../scripts/audit.mjs';

type Verdict = { status: 'ok' | 'advisories' | 'not-run'; lines: string[] };
const judge = judgeAudit as (stdout: string, status: number | null) => Verdict;

const report = (advisories: Record<string, unknown>, counts: Record<string, number>) =>
  JSON.stringify({ advisories, metadata: { vulnerabilities: counts } });

describe('scripts/audit.mjs', () => {
  it('passes with only low and moderate advisories', () => {
    const v = judge(
      report({ 1: { severity: 'moderate', module_name: 'x', title: 't' } }, { moderate: 1 }),
      1,
    );
    expect(v.status).toBe('ok');
    expect(v.lines[0]).toBe('pnpm audit --prod: 0 critical, 0 high, 1 moderate, 0 low, 0 info.');
  });

  it('fails on a high or critical advisory and names it with its path', () => {
    const advisory = {
      severity: 'critical',
      module_name: 'd3-color',
      vulnerable_versions: '<3.1.0',
      title: 'ReDoS',
      url: 'https://github.com/advisories/GHSA-36jr-mh4h-2g58',
      findings: [{ paths: ['packages/charts > d3-scale > d3-interpolate > d3-color'] }],
    };
    const v = judge(report({ 1: advisory }, { critical: 1 }), 1);
    expect(v.status).toBe('advisories');
    expect(v.lines.join('\n')).toContain('CRITICAL: d3-color <3.1.0: ReDoS');
    expect(v.lines.join('\n')).toContain('via packages/charts > d3-scale');
  });

  it('reports an unreachable or retired endpoint as not run', () => {
    const gone = JSON.stringify({
      error: { code: 'ERR_PNPM_AUDIT_BAD_RESPONSE', message: 'responded with 410: retired' },
    });
    const v = judge(gone, 1);
    expect(v.status).toBe('not-run');
    expect(v.lines.join('\n')).toMatch(/NOT checked[\s\S]*410[\s\S]*pnpm 11/);
    expect(judge('getaddrinfo ENOTFOUND registry.npmjs.org', 1).status).toBe('not-run');
    expect(judge('', null).status).toBe('not-run');
  });
});
