/**
 * The custom elements in a real browser: a plain HTML page served on 127.0.0.1 that loads ONLY the
 * classic-script bundle (dist/yhdyspinta-elements.iife.js, built here into a temp folder; it imports its
 * `src` reader, yhdyspinta-elements-source.js, when the first element with a `src` reads), with hostile
 * host CSS, opened in headless Chromium. For each element: its chart in an open shadow root
 * with the right accessible name, a changed attribute re-renders it, `src` reads CSV and JSON files
 * (loading state first), a bad `src` shows the error state, and no style crosses the shadow boundary
 * either way.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import type { Locale } from '@yhdyspinta/data';
import { ELEMENT_MESSAGES } from '@yhdyspinta/charts/elements';
import { getMessages } from '@yhdyspinta/charts';
import type { Messages } from '@yhdyspinta/charts';
import { renderToSvg } from '@yhdyspinta/charts/static';
import { launchChromium } from './support/chromium';
import { fallbackPage, hostPage } from './support/hostPage';
import type { HostElement } from './support/hostPage';
import { inspectChart } from './support/inspectChart';
import type { ChartSnapshot } from './support/inspectChart';
import { responsesCsv, responsesJson } from './support/responses';
import { serveStatic } from './support/staticServer';
import type { StaticServer } from './support/staticServer';

const CHARTS_DIR = resolve(import.meta.dirname, '../../packages/charts');
const BUNDLE = 'yhdyspinta-elements.iife.js';
const SLOW_MS = 800;

interface ElementCase {
  readonly tag: string;
  /** The chart's default title: the accessible name of its shipped chart and of its states. */
  readonly title: (messages: Messages) => string;
  /** Its title when drawn from survey responses, if different. */
  readonly responsesTitle?: (messages: Messages) => string;
  /** Texts the chart shows for the test responses (Espoo 5, Inkoo 4 on every item), in Finnish. */
  readonly fromResponses: readonly string[];
}

const ELEMENTS: readonly ElementCase[] = [
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

/** Every element's instances on the page: shipped data, CSV, JSON, slow CSV, 404, broken file. */
const VARIANTS = {
  shipped: {},
  csv: { src: 'responses.csv' },
  json: { src: 'data/responses.json' },
  slow: { src: 'slow.csv' },
  missing: { src: 'no-such-file.csv' },
  broken: { src: 'broken.csv' },
  hang: { src: 'hang.csv', timeout: '0.5' },
  big: { src: 'big.csv', 'max-size': '1kB' },
  login: { src: 'login.html' },
  latin: { src: 'latin.csv' },
} as const satisfies Record<string, Record<string, string>>;
type Variant = keyof typeof VARIANTS;

/** What the test uses of the axe-core global injected into the page. */
interface AxeApi {
  run(context: ElementContext, options: RunOptions): Promise<AxeResults>;
}

const id = (tag: string, variant: Variant) => `${tag}--${variant}`;
const titleOf = (element: ElementCase, locale: Locale) => element.title(getMessages(locale));
const responsesTitleOf = (element: ElementCase, locale: Locale) =>
  (element.responsesTitle ?? element.title)(getMessages(locale));

let folder: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'yhdyspinta-elements-'));
  const built = spawnSync(process.execPath, ['scripts/build-elements.mjs', '--outdir', folder], {
    cwd: CHARTS_DIR,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`Bundle build failed:\n${built.stderr}`);

  const elements: HostElement[] = ELEMENTS.flatMap(({ tag }) =>
    (Object.keys(VARIANTS) as Variant[]).map((variant) => ({
      tag,
      id: id(tag, variant),
      attributes: { width: '720', ...VARIANTS[variant] },
    })),
  );
  writeFileSync(join(folder, 'index.html'), hostPage(BUNDLE, elements));
  writeFileSync(join(folder, 'responses.csv'), responsesCsv());
  writeFileSync(join(folder, 'slow.csv'), responsesCsv());
  mkdirSync(join(folder, 'data'));
  writeFileSync(join(folder, 'data/responses.json'), responsesJson());
  writeFileSync(join(folder, 'broken.csv'), 'kunta;kohta;arvio\nEspoo;ws-1;9\n');
  writeFileSync(join(folder, 'hang.csv'), responsesCsv());
  writeFileSync(join(folder, 'big.csv'), responsesCsv());
  writeFileSync(
    join(folder, 'login.html'),
    '<!doctype html><title>Kirjaudu sisään</title><form></form>',
  );
  // Excel's fi-FI CSV: Windows-1252, "Ingå" (Inkoo in Swedish) with å as the single byte 0xE5.
  writeFileSync(
    join(folder, 'latin.csv'),
    Buffer.from('kunta;kohta;arvio\r\nIngå;ws-1;4\r\nIngå;rescue.1;4\r\n', 'latin1'),
  );
  const staticSvg = renderToSvg({ chart: 'goal-bars' }, { width: 720, xmlDeclaration: false });
  writeFileSync(
    join(folder, 'fallback.html'),
    fallbackPage(BUNDLE, 'yhdyspinta-goal-bars', staticSvg),
  );

  server = await serveStatic(
    folder,
    { '/slow.csv': SLOW_MS, '/hang.csv': 120_000 },
    { '/latin.csv': 'text/csv; charset=windows-1252' },
  );
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(server.url);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

function snapshot(elementId: string): Promise<ChartSnapshot | null> {
  return page.evaluate(inspectChart, elementId);
}

/** Waits until the element's chart has the accessible name and no loading state, then reads it. */
async function settled(elementId: string, name: string): Promise<ChartSnapshot> {
  await page.waitForFunction(
    ([target, expected]) => {
      const svg = document.getElementById(target)?.shadowRoot?.querySelector('svg[role="figure"]');
      return svg?.getAttribute('aria-label') === expected && !svg.hasAttribute('aria-busy');
    },
    [elementId, name] as const,
    { timeout: 10_000 },
  );
  const result = await snapshot(elementId);
  if (!result) throw new Error(`#${elementId} not found`);
  return result;
}

describe.each(ELEMENTS)('<$tag>', (element) => {
  const { tag } = element;
  const fi = titleOf(element, 'fi');

  it('draws its shipped data in an open shadow root, unbroken by the host CSS', async () => {
    const chart = await settled(id(tag, 'shipped'), fi);
    expect(chart.shadow).toBe(true);
    expect(chart.status).toBeNull();
    expect(chart.svgDisplay).not.toBe('none');
    expect(chart.svgWidth).toBe(720);
    expect(chart.svgHeight).toBeGreaterThan(100);
    // Nothing of `* { … }`, `text { fill: red }` reaches the chart's text.
    expect(chart.textStyle).not.toBeNull();
    expect(chart.textStyle?.fill).not.toBe('rgb(255, 0, 0)');
    expect(chart.textStyle?.fontSize).not.toBe('40px');
    expect(chart.textStyle?.fontFamily).not.toMatch(/Comic Sans/);
    expect(chart.textStyle?.letterSpacing).toBe('normal');
    expect(chart.textStyle?.stroke).toBe('none');
    expect(chart.textStyle?.textTransform).toBe('none');
  });

  it('re-renders in Swedish when its locale attribute changes, and back', async () => {
    const target = id(tag, 'shipped');
    await page.evaluate((t) => document.getElementById(t)?.setAttribute('locale', 'sv'), target);
    const sv = await settled(target, titleOf(element, 'sv'));
    expect(sv.text).toContain(titleOf(element, 'sv'));
    await page.evaluate((t) => document.getElementById(t)?.removeAttribute('locale'), target);
    await settled(target, fi);
  });

  it('follows a changed size attribute', async () => {
    const target = id(tag, 'shipped');
    await page.evaluate((t) => document.getElementById(t)?.setAttribute('width', '480'), target);
    await page.waitForFunction(
      (t) =>
        document
          .getElementById(t)
          ?.shadowRoot?.querySelector('svg[role="figure"]')
          ?.getBoundingClientRect().width === 480,
      target,
    );
    // Without a width it fills the host element, as wide as the page lets it be.
    await page.evaluate((t) => document.getElementById(t)?.removeAttribute('width'), target);
    await page.waitForFunction((t) => {
      const host = document.getElementById(t);
      const svg = host?.shadowRoot?.querySelector('svg[role="figure"]');
      return (
        svg && host && svg.getBoundingClientRect().width === host.getBoundingClientRect().width
      );
    }, target);
    const chart = await snapshot(target);
    expect(chart?.svgWidth).toBeGreaterThan(1000);
    await page.evaluate((t) => document.getElementById(t)?.setAttribute('width', '720'), target);
  });

  it('reads the responses of a src CSV file and of a src JSON file', async () => {
    const csv = await settled(id(tag, 'csv'), responsesTitleOf(element, 'fi'));
    const json = await settled(id(tag, 'json'), responsesTitleOf(element, 'fi'));
    const shipped = await settled(id(tag, 'shipped'), fi);
    expect(element.fromResponses.length).toBeGreaterThan(0);
    for (const text of element.fromResponses) expect(csv.text).toContain(text);
    expect(csv.status).toBeNull();
    expect(json.text).toBe(csv.text);
    expect(csv.text).not.toBe(shipped.text);
  });

  it('shows the loading state while src is fetched, then the chart', async () => {
    // Reload the slow file: the element shows its loading state until the server answers.
    const target = id(tag, 'slow');
    // A URL of its own: elements share the fetch (and the result) of a URL they have in common.
    await page.evaluate(
      (t) => document.getElementById(t)?.setAttribute('src', `slow.csv?again=${t}`),
      target,
    );
    await page.waitForFunction(
      (t) =>
        document
          .getElementById(t)
          ?.shadowRoot?.querySelector('svg[role="figure"]')
          ?.getAttribute('aria-busy') === 'true',
      target,
    );
    const loading = await snapshot(target);
    expect(loading?.status).toBe(getMessages('fi').common.loading);
    expect(loading?.name).toBe(responsesTitleOf(element, 'fi'));
    const loaded = await settled(target, responsesTitleOf(element, 'fi'));
    for (const text of element.fromResponses) expect(loaded.text).toContain(text);
  });

  it('shows the error state with the locale message when src fails', async () => {
    const missing = await settled(id(tag, 'missing'), responsesTitleOf(element, 'fi'));
    expect(missing.status).toBe(ELEMENT_MESSAGES.fi.loadFailed);
    const broken = await settled(id(tag, 'broken'), responsesTitleOf(element, 'fi'));
    expect(broken.status).toBe(ELEMENT_MESSAGES.fi.unreadableFile);
    const target = id(tag, 'missing');
    await page.evaluate((t) => document.getElementById(t)?.setAttribute('locale', 'en'), target);
    const english = await settled(target, responsesTitleOf(element, 'en'));
    expect(english.status).toBe(ELEMENT_MESSAGES.en.loadFailed);
  });
});

describe.each(ELEMENTS)('<$tag src> at its limits', (element) => {
  const { tag } = element;
  const name = () => responsesTitleOf(element, 'fi');

  it('gives up on a src that does not answer within its timeout', async () => {
    expect((await settled(id(tag, 'hang'), name())).status).toBe(ELEMENT_MESSAGES.fi.timedOut);
  });

  it('stops at its max-size', async () => {
    expect((await settled(id(tag, 'big'), name())).status).toBe(ELEMENT_MESSAGES.fi.tooLarge);
  });

  it('refuses an HTML page answered with 200 instead of parsing it as CSV', async () => {
    expect((await settled(id(tag, 'login'), name())).status).toBe(ELEMENT_MESSAGES.fi.notData);
  });

  it('reads a Windows-1252 file in the charset its Content-Type names', async () => {
    const latin = await settled(id(tag, 'latin'), name());
    expect(latin.status).toBeNull();
  });
});

describe('the host page', () => {
  it('fetched each src once, however many elements show it', () => {
    const count = (path: string) => server.requests.filter((p) => p === path).length;
    expect(ELEMENTS.length).toBeGreaterThan(1);
    expect(count('/responses.csv')).toBe(1);
    expect(count('/data/responses.json')).toBe(1);
    expect(count('/latin.csv')).toBe(1);
  });

  it('keeps its own styles: nothing leaks out of the elements', async () => {
    const outside = await page.evaluate(() => {
      const p = document.getElementById('outside');
      const rect = document.getElementById('outside-rect');
      return {
        color: p ? getComputedStyle(p).color : '',
        fontSize: p ? getComputedStyle(p).fontSize : '',
        rectFill: rect ? getComputedStyle(rect).fill : '',
        adopted: document.adoptedStyleSheets.length,
        styleSheets: document.styleSheets.length,
      };
    });
    expect(outside).toEqual({
      color: 'rgb(255, 0, 0)',
      fontSize: '40px',
      rectFill: 'rgb(0, 255, 0)',
      adopted: 0,
      styleSheets: 1,
    });
  });

  it('loaded only the classic script (and, for src, its reader once) and got no uncaught error', () => {
    const scripts = server.requests.filter((path) => path.endsWith('.js'));
    expect(scripts).toEqual([`/${BUNDLE}`, '/yhdyspinta-elements-source.js']);
    expect(pageErrors).toEqual([]);
  });

  it('has no axe violations inside any element', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');
    await page.addScriptTag({ content: axeSource });
    // Each element's chart once, and one error state (axe takes about a second per element).
    const ids = [
      ...ELEMENTS.map(({ tag }) => id(tag, 'shipped')),
      id('yhdyspinta-coverage', 'missing'),
    ];
    const violations = await page.evaluate(async (targets) => {
      const axe = (window as unknown as { axe: AxeApi }).axe;
      const found: string[] = [];
      for (const target of targets) {
        const element = document.getElementById(target);
        if (!element) {
          found.push(`${target}: not found`);
          continue;
        }
        const result = await axe.run(element, { resultTypes: ['violations'] });
        for (const v of result.violations) found.push(`${target}: ${v.id} (${v.nodes.length})`);
      }
      return found;
    }, ids);
    expect(violations).toEqual([]);
  }, 60_000);

  it('looks right (screenshot for review)', async () => {
    // YHDYSPINTA_SCREENSHOT_DIR keeps the page's screenshot, and one per element, for a person to view.
    const dir = process.env.YHDYSPINTA_SCREENSHOT_DIR;
    const png = await page.screenshot({
      path: join(dir ?? folder, 'elements.png'),
      fullPage: true,
    });
    expect(png.byteLength).toBeGreaterThan(10_000);
    if (!dir) return;
    for (const { tag } of ELEMENTS) {
      for (const variant of Object.keys(VARIANTS) as Variant[]) {
        const target = id(tag, variant);
        await page.locator(`#${target}`).screenshot({ path: join(dir, `${target}.png`) });
      }
    }
  }, 30_000);
});

describe('the static SVG inside an element, as the fallback without JavaScript', () => {
  const title = getMessages('fi').goalBar.title;

  it('is shown and accessible when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${server.url}fallback.html`);
    const figure = noJs.getByRole('figure', { name: title });
    await expect(figure.count()).resolves.toBe(1);
    await expect(figure.isVisible()).resolves.toBe(true);
    await expect(
      noJs.evaluate(() => document.querySelector('yhdyspinta-goal-bars')?.shadowRoot),
    ).resolves.toBeNull();
    await context.close();
  });

  it('gives way to the live chart when the script runs', async () => {
    const live = await browser.newPage();
    await live.goto(`${server.url}fallback.html`);
    await live.waitForFunction(() =>
      document
        .querySelector('yhdyspinta-goal-bars')
        ?.shadowRoot?.querySelector('svg[role="figure"]'),
    );
    const shown = await live.evaluate(() => {
      const host = document.querySelector('yhdyspinta-goal-bars');
      return {
        fallback: host?.querySelector(':scope > svg')?.checkVisibility() ?? null,
        live: host?.shadowRoot?.querySelector('svg')?.checkVisibility() ?? null,
      };
    });
    expect(shown).toEqual({ fallback: false, live: true });
    await expect(live.getByRole('figure', { name: title }).count()).resolves.toBe(1);
    await live.close();
  });
});
