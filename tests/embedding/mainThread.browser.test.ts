/**
 * Custom elements reading a ~20 MB CSV and a ~10 MB JSON `src` in headless Chromium, each on a page of
 * its own with the page's long tasks observed (PerformanceObserver 'longtask'): from the fetched body to
 * the parsed responses (the elements mark that window 'yhdyspinta:parse-start' …
 * 'yhdyspinta:parse-end'), no task of the page's main thread takes over 50 ms, and the loading state
 * says how far it is ("Ladataan… 45 %"). The slices aim at 8 ms of work; a long task is wall time, so a
 * machine loaded far beyond its cores stretches slices past 50 ms (measured 2026-12-07 at load average
 * 20 on 2 cores: 2–9 tasks of 54–138 ms while parsing the CSV; at 18, the JSON in 0.5–0.9 s with 0–2
 * tasks of 52–116 ms, the CSV with 2–7 of 50–181 ms). Aggregating the responses and drawing the chart
 * after parsing is one task (60–200 ms for the JSON, 280–590 ms for the CSV): not measured against 50 ms.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { survey2024 } from '@yhdyspinta/data';
import { launchChromium } from './support/chromium';
import { BUNDLE, buildElementBundles } from './support/elementsPage';
import { hostPage } from './support/hostPage';
import { serveStatic } from './support/staticServer';
import type { StaticServer } from './support/staticServer';

const TOWNS = ['Espoo', 'Hanko', 'Inkoo', 'Karkkila', 'Kauniainen', 'Kirkkonummi', 'Lohja'];
const ITEMS = survey2024.goals.flatMap((g) => [g.id, ...g.subGoals.map((s) => s.id)]);

/** About `bytes` of long-format responses with a respondent column (every goal and sub-goal rated). */
function bigCsv(bytes: number): string {
  const rows = ['kunta;vastaaja;kohta;arvio'];
  let size = 0;
  for (let r = 0; size < bytes; r += 1) {
    const town = TOWNS[r % TOWNS.length];
    for (const item of ITEMS) {
      const row = `${town};v${r};${item};${1 + ((r + item.length) % 5)}`;
      rows.push(row);
      size += row.length + 2;
    }
  }
  return rows.join('\r\n') + '\r\n';
}

/** About `bytes` of long-format JSON records with a respondent, one per line (as exports write them). */
function bigJson(bytes: number): string {
  const records: string[] = [];
  let size = 0;
  for (let r = 0; size < bytes; r += 1) {
    const municipality = TOWNS[r % TOWNS.length];
    for (const item of ITEMS) {
      const rating = 1 + ((r + item.length) % 5);
      const record = JSON.stringify({ municipality, item, rating, respondent: `v${r}` });
      records.push(record);
      size += record.length + 2;
    }
  }
  return `[\n${records.join(',\n')}\n]\n`;
}

interface Observed {
  readonly longTasks: readonly { readonly start: number; readonly duration: number }[];
  readonly parse: { readonly start: number; readonly end: number } | null;
}

interface Reading {
  readonly observed: Observed;
  /** Every loading message the element showed. */
  readonly statuses: ReadonlySet<string>;
  /** The drawn chart's text. */
  readonly figure: string;
}

let folder: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  folder = buildElementBundles('main-thread');
  writeFileSync(join(folder, 'big.csv'), bigCsv(20_000_000));
  writeFileSync(join(folder, 'big.json'), bigJson(10_000_000));
  for (const file of ['big.csv', 'big.json']) {
    writeFileSync(
      join(folder, `${file}.html`),
      hostPage(BUNDLE, [
        {
          tag: 'yhdyspinta-goal-bars',
          id: 'big',
          attributes: { width: '720', src: file, 'max-size': '30MB', timeout: '60' },
        },
      ]),
    );
  }
  server = await serveStatic(folder);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Opens the page whose element reads `file`, observing long tasks and loading messages until drawn. */
async function readOnPage(file: string): Promise<Reading> {
  const statuses = new Set<string>();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          tasks.push({ start: entry.startTime, duration: entry.duration });
        }
      }).observe({ type: 'longtask', buffered: true });
    });
    // Every loading message the element shows, read off its shadow root as it changes.
    await page.exposeFunction('__status', (text: string) => statuses.add(text));
    await page.addInitScript(() => {
      const report = (window as unknown as { __status: (text: string) => void }).__status;
      const poll = () => {
        const status = document.getElementById('big')?.shadowRoot?.querySelector('[role="status"]');
        if (status?.textContent) report(status.textContent);
        requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    await page.goto(`${server.url}${file}.html`);
    await page.waitForFunction(
      () => {
        const svg = document.getElementById('big')?.shadowRoot?.querySelector('svg[role="figure"]');
        return svg !== null && svg !== undefined && !svg.hasAttribute('aria-busy');
      },
      undefined,
      { timeout: 110_000, polling: 250 },
    );
    const observed = await page.evaluate((): Observed => {
      const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
      const start = mark('yhdyspinta:parse-start');
      const end = mark('yhdyspinta:parse-end');
      return {
        longTasks: (window as unknown as { __longTasks: Observed['longTasks'] }).__longTasks,
        parse: start !== undefined && end !== undefined ? { start, end } : null,
      };
    });
    const figure = await page.evaluate(
      () => document.getElementById('big')?.shadowRoot?.querySelector('svg')?.textContent ?? '',
    );
    return { observed, statuses, figure };
  } finally {
    await page.close();
  }
}

/** The long tasks while parsing, after logging them and those after (aggregating, drawing). */
function tasksWhileParsing(name: string, { observed }: Reading): Observed['longTasks'] {
  expect(observed.parse).not.toBeNull();
  const { start, end } = observed.parse ?? { start: 0, end: 0 };
  const during = observed.longTasks.filter((t) => t.start < end && t.start + t.duration > start);
  const after = observed.longTasks.filter((t) => t.start >= end);
  const durations = (tasks: Observed['longTasks']) =>
    tasks.map((t) => Math.round(t.duration)).join(', ') || 'none';
  console.log(
    `${name}: parsed in ${Math.round(end - start)} ms; long tasks while parsing: ` +
      `${durations(during)}; after (aggregating, drawing): ${durations(after)}`,
  );
  return during;
}

/** The loading messages with a percentage, in the page's language (a no-break space before %). */
const progressMessages = ({ statuses }: Reading) =>
  [...statuses].filter((s) => /^Ladataan… \d+\u00a0%$/.test(s));

/**
 * A long task is wall time: beside the suite's other test files a slice now and then stretches past 50 ms
 * (seen once in a full local run, never alone), so a case is tried up to three times. Slices that are
 * really too large fail every time.
 */
const LOADED = { timeout: 120_000, retry: 2 };

describe('<yhdyspinta-goal-bars src> with a large file', () => {
  it(
    'reads a 20 MB CSV without a task over 50 ms while parsing, showing its progress',
    LOADED,
    async () => {
      const reading = await readOnPage('big.csv');
      expect(reading.figure).toContain('n = 7/10 kuntaa');
      const during = tasksWhileParsing('20 MB CSV src', reading);
      // Reading took many slices (a whole parse of 20 MB takes seconds).
      const { start, end } = reading.observed.parse ?? { start: 0, end: 0 };
      expect(end - start).toBeGreaterThan(200);
      expect(progressMessages(reading).length).toBeGreaterThan(3);
      expect(during.filter((t) => t.duration > 50)).toEqual([]);
    },
  );

  it(
    'reads a 10 MB JSON without a task over 50 ms while parsing, showing its progress',
    LOADED,
    async () => {
      const reading = await readOnPage('big.json');
      expect(reading.figure).toContain('n = 7/10 kuntaa');
      const during = tasksWhileParsing('10 MB JSON src', reading);
      expect(progressMessages(reading).length).toBeGreaterThan(3);
      expect(during.filter((t) => t.duration > 50)).toEqual([]);
    },
  );
});
