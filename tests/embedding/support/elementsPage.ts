/**
 * What the custom-element browser tests (tests/embedding/elements*.browser.test.ts) share: the four
 * elements and their titles, the bundles built into a temp folder, and reading an element's chart once
 * it has settled.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Locale } from '@yhdyspinta/data';
import { getMessages } from '@yhdyspinta/charts';
import type { Messages } from '@yhdyspinta/charts';
import { launchChromium } from './chromium';
import { hostPage } from './hostPage';
import type { HostElement } from './hostPage';
import { inspectChart } from './inspectChart';
import type { ChartSnapshot } from './inspectChart';
import { serveStatic } from './staticServer';
import type { StaticServer } from './staticServer';

const CHARTS_DIR = resolve(import.meta.dirname, '../../../packages/charts');

/** The classic-script bundle with the shipped data: the only script the test pages load. */
export const BUNDLE = 'yhdyspinta-elements.iife.js';

export interface ElementCase {
  readonly tag: string;
  /** The chart's default title: the accessible name of its shipped chart and of its states. */
  readonly title: (messages: Messages) => string;
  /** Its title when drawn from survey responses, if different. */
  readonly responsesTitle?: (messages: Messages) => string;
  /** Texts the chart shows for the test responses (Espoo 5, Inkoo 4 on every item), in Finnish. */
  readonly fromResponses: readonly string[];
}

export const ELEMENTS: readonly ElementCase[] = [
  {
    tag: 'yhdyspinta-goal-bars',
    title: (m) => m.goalBar.title,
    fromResponses: ['4,5', 'n = 2/10 kuntaa'],
  },
  {
    tag: 'yhdyspinta-theme-heatmap',
    title: (m) => m.themeHeatmap.title,
    responsesTitle: (m) => m.themeHeatmap.goalRatingTitle,
    fromResponses: ['n = 2/10 kuntaa', '5,0', '4,0', 'Espoo', 'Inkoo'],
  },
  {
    tag: 'yhdyspinta-rescue-radar',
    title: (m) => m.rescueRadar.title,
    fromResponses: ['4,5', 'n = 2/10 kuntaa'],
  },
  {
    tag: 'yhdyspinta-coverage',
    title: (m) => m.responseCoverage.title,
    fromResponses: ['2/10 kuntaa vastasi'],
  },
];

export const titleOf = (element: ElementCase, locale: Locale) => element.title(getMessages(locale));
export const responsesTitleOf = (element: ElementCase, locale: Locale) =>
  (element.responsesTitle ?? element.title)(getMessages(locale));

/** Builds the element bundles into a new temp folder (named after `name`) and returns it. */
export function buildElementBundles(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), `yhdyspinta-${name}-`));
  const built = spawnSync(process.execPath, ['scripts/build-elements.mjs', '--outdir', folder], {
    cwd: CHARTS_DIR,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`Bundle build failed:\n${built.stderr}`);
  return folder;
}

export function snapshot(page: Page, elementId: string): Promise<ChartSnapshot | null> {
  return page.evaluate(inspectChart, elementId);
}

/** Waits until the element's chart has the accessible name and no loading state, then reads it. */
export async function settled(page: Page, elementId: string, name: string): Promise<ChartSnapshot> {
  await page.waitForFunction(
    ([target, expected]) => {
      const svg = document.getElementById(target)?.shadowRoot?.querySelector('svg[role="figure"]');
      return svg?.getAttribute('aria-label') === expected && !svg.hasAttribute('aria-busy');
    },
    [elementId, name] as const,
    { timeout: 10_000 },
  );
  const result = await snapshot(page, elementId);
  if (!result) throw new Error(`#${elementId} not found`);
  return result;
}

/** A test page of elements: its folder, server, browser and page, and how to close them all. */
export interface ElementsPage {
  readonly folder: string;
  readonly server: StaticServer;
  readonly browser: Browser;
  readonly page: Page;
  readonly close: () => Promise<void>;
}

export interface ElementsPageSetup {
  /** The elements of index.html (the classic-script bundle's host page). */
  readonly elements: readonly HostElement[];
  /** More files to serve: path (under the folder) → content. */
  readonly files?: Readonly<Record<string, string | Buffer>>;
  /** Path → ms to wait before answering (serveStatic). */
  readonly delays?: Readonly<Record<string, number>>;
  /** Path → the Content-Type to answer with (serveStatic). */
  readonly types?: Readonly<Record<string, string>>;
}

/**
 * Builds the bundles, writes index.html with `elements` and the other files, serves the folder on
 * 127.0.0.1 and opens index.html in headless Chromium (1280 × 900). `beforePage` runs on the page first
 * (listeners that must see the page load).
 */
export async function openElementsPage(
  name: string,
  setup: ElementsPageSetup,
  beforePage?: (page: Page) => void,
): Promise<ElementsPage> {
  const folder = buildElementBundles(name);
  writeFileSync(join(folder, 'index.html'), hostPage(BUNDLE, setup.elements));
  for (const [path, content] of Object.entries(setup.files ?? {})) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  const server = await serveStatic(folder, setup.delays, setup.types);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  beforePage?.(page);
  await page.goto(server.url);
  return {
    folder,
    server,
    browser,
    page,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
