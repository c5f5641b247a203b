/**
 * The custom elements in a real browser: a plain HTML page served on 127.0.0.1 that loads ONLY the
 * classic-script bundle (dist/yhdyspinta-elements.iife.js, built here into a temp folder; it imports its
 * `src` reader, yhdyspinta-elements-source.js, when the first element with a `src` reads), with hostile
 * host CSS, opened in headless Chromium. For each element: its chart in an open shadow root
 * with the right accessible name, a changed attribute re-renders it, `src` reads CSV and JSON files
 * (loading state first), a bad `src` shows the error state, and no style crosses the shadow boundary
 * either way. `src` at its limits: elements.limits.browser.test.ts; the static SVG fallback:
 * elements.fallback.browser.test.ts; the text attributes: elements.texts.browser.test.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { ELEMENT_MESSAGES } from '@yhdyspinta/charts/elements';
import { getMessages } from '@yhdyspinta/charts';
import {
  BUNDLE,
  ELEMENTS,
  openElementsPage,
  responsesTitleOf,
  settled,
  snapshot,
  titleOf,
} from './support/elementsPage';
import type { ElementsPage } from './support/elementsPage';
import type { HostElement } from './support/hostPage';
import { responsesCsv, responsesJson } from './support/responses';
import type { StaticServer } from './support/staticServer';

const SLOW_MS = 800;

/** Every element's instances on the page: shipped data, CSV, JSON, slow CSV, 404, broken file. */
const VARIANTS = {
  shipped: {},
  csv: { src: 'responses.csv' },
  json: { src: 'data/responses.json' },
  slow: { src: 'slow.csv' },
  missing: { src: 'no-such-file.csv' },
  broken: { src: 'broken.csv' },
} as const satisfies Record<string, Record<string, string>>;
type Variant = keyof typeof VARIANTS;

/** What the test uses of the axe-core global injected into the page. */
interface AxeApi {
  run(context: ElementContext, options: RunOptions): Promise<AxeResults>;
}

const id = (tag: string, variant: Variant) => `${tag}--${variant}`;

let opened: ElementsPage;
let page: Page;
let server: StaticServer;
let folder: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  const elements: HostElement[] = ELEMENTS.flatMap(({ tag }) =>
    (Object.keys(VARIANTS) as Variant[]).map((variant) => ({
      tag,
      id: id(tag, variant),
      attributes: { width: '720', ...VARIANTS[variant] },
    })),
  );
  const files = {
    'responses.csv': responsesCsv(),
    'slow.csv': responsesCsv(),
    'data/responses.json': responsesJson(),
    'broken.csv': 'kunta;kohta;arvio\nEspoo;ws-1;9\n',
  };
  opened = await openElementsPage(
    'elements',
    { elements, files, delays: { '/slow.csv': SLOW_MS } },
    (p) => p.on('pageerror', (error) => pageErrors.push(error.message)),
  );
  ({ page, server, folder } = opened);
}, 60_000);

afterAll(() => opened?.close());

describe.each(ELEMENTS)('<$tag>', (element) => {
  const { tag } = element;
  const fi = titleOf(element, 'fi');

  it('draws its shipped data in an open shadow root, unbroken by the host CSS', async () => {
    const chart = await settled(page, id(tag, 'shipped'), fi);
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
    const sv = await settled(page, target, titleOf(element, 'sv'));
    expect(sv.text).toContain(titleOf(element, 'sv'));
    await page.evaluate((t) => document.getElementById(t)?.removeAttribute('locale'), target);
    await settled(page, target, fi);
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
    const chart = await snapshot(page, target);
    expect(chart?.svgWidth).toBeGreaterThan(1000);
    await page.evaluate((t) => document.getElementById(t)?.setAttribute('width', '720'), target);
  });

  it('reads the responses of a src CSV file and of a src JSON file', async () => {
    const csv = await settled(page, id(tag, 'csv'), responsesTitleOf(element, 'fi'));
    const json = await settled(page, id(tag, 'json'), responsesTitleOf(element, 'fi'));
    const shipped = await settled(page, id(tag, 'shipped'), fi);
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
    const loading = await snapshot(page, target);
    expect(loading?.status).toBe(getMessages('fi').common.loading);
    expect(loading?.name).toBe(responsesTitleOf(element, 'fi'));
    const loaded = await settled(page, target, responsesTitleOf(element, 'fi'));
    for (const text of element.fromResponses) expect(loaded.text).toContain(text);
  });

  it('shows the error state with the locale message when src fails', async () => {
    const missing = await settled(page, id(tag, 'missing'), responsesTitleOf(element, 'fi'));
    expect(missing.status).toBe(ELEMENT_MESSAGES.fi.loadFailed);
    const broken = await settled(page, id(tag, 'broken'), responsesTitleOf(element, 'fi'));
    expect(broken.status).toBe(ELEMENT_MESSAGES.fi.unreadableFile);
    const target = id(tag, 'missing');
    await page.evaluate((t) => document.getElementById(t)?.setAttribute('locale', 'en'), target);
    const english = await settled(page, target, responsesTitleOf(element, 'en'));
    expect(english.status).toBe(ELEMENT_MESSAGES.en.loadFailed);
  });
});

describe('the host page', () => {
  it('fetched each src once, however many elements show it', () => {
    const count = (path: string) => server.requests.filter((p) => p === path).length;
    expect(ELEMENTS.length).toBeGreaterThan(1);
    expect(count('/responses.csv')).toBe(1);
    expect(count('/data/responses.json')).toBe(1);
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

  it('loaded only the classic script (and, for src, its reader once; for Swedish, its patterns once; for Swedish and English, their texts once) and got no uncaught error', () => {
    const scripts = server.requests.filter((path) => path.endsWith('.js'));
    expect(scripts[0]).toBe(`/${BUNDLE}`);
    expect([...scripts].sort()).toEqual(
      [
        `/${BUNDLE}`,
        '/yhdyspinta-elements-source.js',
        '/yhdyspinta-elements-sv.js',
        '/yhdyspinta-elements-locale-sv.js',
        '/yhdyspinta-elements-locale-en.js',
      ].sort(),
    );
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
