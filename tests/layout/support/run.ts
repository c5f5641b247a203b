/**
 * Runs layout cases in one page and sums them up: per case the seven counts (checks.ts), per chart × check
 * the totals, printed as a table.
 */
import type { Page } from 'playwright-core';
import { measureInPage } from './browser';
import { minimumsFor, renderCase } from './cases';
import type { LayoutCase, RenderedCase } from './cases';
import { CHECKS, evaluateCase, mergeParts } from './checks';
import type { CaseResult, CheckName } from './checks';

export interface CaseReport {
  readonly id: string;
  readonly chart: string;
  readonly fixture: string;
  readonly size: string;
  readonly locale: string;
  /**
   * The chart's split plan when it did not fit (the counts are then of its parts, or of the shrunk
   * picture when it had no plan: `scale` below 1).
   */
  readonly doesNotFit?: { readonly pages: number; readonly message: string };
  readonly scale: number;
  readonly error?: string;
  readonly result?: CaseResult;
  readonly renderMs: number;
  readonly measureMs: number;
}

/** Renders a case: renderCase here, or in a worker with a time limit (sweep/main.ts). */
export type CaseRenderer = (c: LayoutCase) => RenderedCase | Promise<RenderedCase>;

export async function runCase(
  page: Page,
  c: LayoutCase,
  render: CaseRenderer = renderCase,
): Promise<CaseReport> {
  const rendered = await render(c);
  const base = {
    id: c.id,
    chart: c.chart,
    fixture: c.fixture,
    size: 'preset' in c.size ? c.size.preset : `w${c.size.width}`,
    locale: c.locale,
    scale: rendered.scale,
    renderMs: rendered.ms,
    ...(rendered.doesNotFit ? { doesNotFit: rendered.doesNotFit } : {}),
  };
  if (rendered.svg === undefined) {
    return { ...base, error: rendered.error ?? 'no picture', measureMs: 0 };
  }
  const started = performance.now();
  const results = [];
  for (const svg of rendered.parts ?? [rendered.svg]) {
    const measured = await measureInPage(page, svg, rendered);
    results.push(evaluateCase(measured, rendered.texts, minimumsFor(c.size)));
  }
  const result = results.length === 1 && results[0] ? results[0] : mergeParts(results);
  return { ...base, result, measureMs: Math.round(performance.now() - started) };
}

export interface Totals {
  cases: number;
  doesNotFit: number;
  errors: number;
  counts: Record<CheckName, number>;
  /** Cases with a non-zero count per check. */
  casesWith: Record<CheckName, number>;
  smallestPx: number | null;
}

const zero = () => Object.fromEntries(CHECKS.map((c) => [c, 0])) as Record<CheckName, number>;

export function totals(reports: readonly CaseReport[]): Map<string, Totals> {
  const out = new Map<string, Totals>();
  const add = (key: string, r: CaseReport) => {
    const t = out.get(key) ?? {
      cases: 0,
      doesNotFit: 0,
      errors: 0,
      counts: zero(),
      casesWith: zero(),
      smallestPx: null,
    };
    t.cases += 1;
    if (r.doesNotFit) t.doesNotFit += 1;
    if (r.error) t.errors += 1;
    if (r.result) {
      for (const check of CHECKS) {
        t.counts[check] += r.result.counts[check];
        if (r.result.counts[check] > 0) t.casesWith[check] += 1;
      }
      const px = r.result.smallestPx;
      if (px !== null) t.smallestPx = t.smallestPx === null ? px : Math.min(t.smallestPx, px);
    }
    out.set(key, t);
  };
  for (const r of reports) add(r.chart, r);
  for (const r of reports) add('all', r);
  return out;
}

const HEADERS = ['chart', 'cases', 'no-fit', 'errors', ...CHECKS, 'min px'];

/** The summary table: one row per chart and a total, counts (cases with a non-zero count). */
export function summaryTable(reports: readonly CaseReport[]): string {
  const rows = [...totals(reports)].map(([chart, t]) => [
    chart,
    String(t.cases),
    String(t.doesNotFit),
    String(t.errors),
    ...CHECKS.map((c) => (t.counts[c] === 0 ? '0' : `${t.counts[c]} (${t.casesWith[c]})`)),
    t.smallestPx === null ? '–' : t.smallestPx.toFixed(1),
  ]);
  const table = [HEADERS, ...rows];
  const widths = HEADERS.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(HEADERS), ...rows.map(line)].join('\n');
}
