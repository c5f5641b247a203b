/**
 * The data-free element bundles (dist/yhdyspinta-elements-core.js, ES module, and -core.iife.js, classic
 * script; built here into a temp folder with the others) in headless Chromium: no survey text or memo is
 * in what a page loads; each element draws inline `data`, draws `src` (its reader,
 * yhdyspinta-elements-source.js, imported on demand; the loading state until the file is read), and
 * without either shows the error state saying it needs one and dispatches `yhdyspinta-error`. The ES
 * module bundles load the Swedish hyphenation patterns only when an element is drawn in Swedish.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseResponsesCsv, survey2024 } from '@yhdyspinta/data';
import { ELEMENT_MESSAGES } from '@yhdyspinta/charts/elements';
import { getMessages } from '@yhdyspinta/charts';
import { chartDataFromResponses, CHART_NAMES } from '@yhdyspinta/charts/static';
import { launchChromium } from './support/chromium';
import { hostPage } from './support/hostPage';
import type { HostElement } from './support/hostPage';
import { inspectChart } from './support/inspectChart';
import type { ChartSnapshot } from './support/inspectChart';
import { responsesCsv } from './support/responses';
import { serveStatic } from './support/staticServer';
import type { StaticServer } from './support/staticServer';

const CHARTS_DIR = resolve(import.meta.dirname, '../../packages/charts');
const PAGES = [
  { page: 'core-esm.html', bundle: 'yhdyspinta-elements-core.js', module: true },
  { page: 'core-iife.html', bundle: 'yhdyspinta-elements-core.iife.js', module: false },
] as const;

/** A request for the Swedish patterns: the ES modules' chunk or the classic scripts' file. */
const SWEDISH = /\/elements-chunks\/hyphenationSv-|^\/yhdyspinta-elements-sv\.js$/;

/** A page's copy of the responses, answered only when the test releases it (`releases`). */
const heldFile = (page: string) => `held-${page.replace('.html', '')}.csv`;
const releases = new Map<string, () => void>();

let folder: string;
let server: StaticServer;
let browser: Browser;
const pageErrors: string[] = [];

/**
 * The file and every chunk it can load, statically or on demand (`from"./elements-chunks/…"`,
 * `import("./elements-chunks/…")`, relative to the importing file); not the `src` reader, which the
 * bundle imports by URL.
 */
function loadedText(file: string): string {
  const texts = new Map<string, string>();
  const visit = (path: string) => {
    if (texts.has(path)) return;
    const text = readFileSync(join(folder, path), 'utf8');
    texts.set(path, text);
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*"\.\/([\w./-]+\.js)"/g)) {
      visit(join(dirname(path), m[1] ?? ''));
    }
  };
  visit(file);
  return [...texts.values()].join('\n');
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'yhdyspinta-elements-core-'));
  const built = spawnSync(process.execPath, ['scripts/build-elements.mjs', '--outdir', folder], {
    cwd: CHARTS_DIR,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`Bundle build failed:\n${built.stderr}`);
  const responses = parseResponsesCsv(responsesCsv()).responses;
  for (const { page, bundle, module } of PAGES) {
    const elements: HostElement[] = CHART_NAMES.flatMap((chart): HostElement[] => {
      const tag = `yhdyspinta-${chart}`;
      const data = JSON.stringify(chartDataFromResponses(chart, responses, 'fi'));
      return [
        { tag, id: `${chart}--data`, attributes: { width: '640', data } },
        { tag, id: `${chart}--src`, attributes: { width: '640', src: 'responses.csv' } },
        { tag, id: `${chart}--none`, attributes: { width: '640' } },
        { tag, id: `${chart}--held`, attributes: { width: '640', src: heldFile(page) } },
      ];
    });
    writeFileSync(join(folder, page), hostPage(bundle, elements, { module }));
  }
  writeFileSync(join(folder, 'responses.csv'), responsesCsv());
  const held = Object.fromEntries(
    PAGES.map(({ page }) => {
      writeFileSync(join(folder, heldFile(page)), responsesCsv());
      return [`/${heldFile(page)}`, new Promise<void>((release) => releases.set(page, release))];
    }),
  );
  server = await serveStatic(folder, held);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('what a page loads with the data-free bundles', () => {
  // A goal's text (the survey's) and the memos' meeting place: in the full bundle, not in the core.
  const goalText = survey2024.goals[0]?.text.fi ?? '';
  const memoText = 'Teams-yhteys';

  it('the full bundle has the survey texts and memos (the check can see them)', () => {
    expect(goalText.length).toBeGreaterThan(20);
    const full = loadedText('yhdyspinta-elements.js');
    expect(full).toContain(goalText);
    expect(full).toContain(memoText);
  });

  it.each(['yhdyspinta-elements-core.js', 'yhdyspinta-elements-core.iife.js'])(
    '%s has none of them, nor the importers',
    (file) => {
      const core = loadedText(file);
      expect(core).not.toContain(goalText);
      expect(core).not.toContain(memoText);
      // The importers' messages (the src reader's) are in yhdyspinta-elements-source.js only.
      const reader = readFileSync(join(folder, 'yhdyspinta-elements-source.js'), 'utf8');
      expect(reader).toContain(goalText);
      expect(core).not.toContain('parse-start');
      expect(reader).toContain('parse-start');
    },
  );
});

describe.each(PAGES)('$page', ({ page: path }) => {
  let page: Page;
  const errors: { id: string; problems: readonly string[] }[] = [];
  /** The server's requests before this page was opened. */
  let opened = 0;

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
    await page.exposeFunction('__error', (id: string, problems: string[]) =>
      errors.push({ id, problems }),
    );
    await page.addInitScript(() => {
      const report = (window as unknown as { __error: (id: string, p: string[]) => void }).__error;
      document.addEventListener('yhdyspinta-error', (event) => {
        const detail = (event as CustomEvent<{ problems?: string[] }>).detail;
        report((event.target as Element).id, detail.problems ?? []);
      });
    });
    opened = server.requests.length;
    await page.goto(new URL(path, server.url).href);
  }, 30_000);

  afterAll(async () => {
    await page?.close();
  });

  /** Waits until the element shows a figure that is not loading, then reads it. */
  async function settled(elementId: string): Promise<ChartSnapshot> {
    await page.waitForFunction(
      (target) => {
        const root = document.getElementById(target)?.shadowRoot;
        const svg = root?.querySelector('svg[role="figure"]');
        return svg !== null && svg !== undefined && !svg.hasAttribute('aria-busy');
      },
      elementId,
      { timeout: 15_000 },
    );
    const result = await page.evaluate(inspectChart, elementId);
    if (!result) throw new Error(`#${elementId} not found`);
    return result;
  }

  it('shows the loading state while src is being read, without an error, then draws it', async () => {
    const ids = CHART_NAMES.map((chart) => `${chart}--held`);
    for (const id of ids) {
      await page.waitForFunction(
        (target) => {
          const root = document.getElementById(target)?.shadowRoot;
          return root?.querySelector('svg[role="figure"]')?.getAttribute('aria-busy') === 'true';
        },
        id,
        { timeout: 15_000 },
      );
      const loading = await page.evaluate(inspectChart, id);
      expect(loading?.status).toBe(getMessages('fi').common.loading);
    }
    releases.get(path)?.();
    for (const id of ids) {
      const snapshot = await settled(id);
      expect(snapshot.status).toBeNull();
      expect(snapshot.text).toMatch(/2\/10 kuntaa|4,5/);
    }
    expect(errors.filter((e) => ids.includes(e.id))).toEqual([]);
  });

  it.each(CHART_NAMES)('<yhdyspinta-%s data> draws the data', async (chart) => {
    const snapshot = await settled(`${chart}--data`);
    expect(snapshot.status).toBeNull();
    expect(snapshot.svgWidth).toBe(640);
    expect(snapshot.text).toMatch(/2\/10 kuntaa|4,5/);
  });

  it.each(CHART_NAMES)(
    '<yhdyspinta-%s src> reads the file with the on-demand reader',
    async (chart) => {
      const snapshot = await settled(`${chart}--src`);
      expect(snapshot.status).toBeNull();
      expect(snapshot.text).toMatch(/2\/10 kuntaa|4,5/);
      expect(server.requests).toContain('/yhdyspinta-elements-source.js');
    },
  );

  it.each(CHART_NAMES)(
    '<yhdyspinta-%s> without data or src shows the error state saying so, and reports it',
    async (chart) => {
      const snapshot = await settled(`${chart}--none`);
      expect(snapshot.status).toBe(ELEMENT_MESSAGES.fi.needsData);
      const reported = errors.filter((e) => e.id === `${chart}--none`);
      expect(reported).toHaveLength(1);
      expect(reported[0]?.problems[0]).toMatch(/no `data` or `src`/);
    },
  );

  it('follows a locale change to Swedish (the patterns loaded then, once)', async () => {
    const id = 'goal-bars--src';
    const svTitle = getMessages('sv').goalBar.title;
    // Every element so far is Finnish: neither the chunk nor the classic script's file was loaded.
    expect(server.requests.slice(opened).filter((r) => SWEDISH.test(r))).toEqual([]);
    const before = server.requests.length;
    const loads = () => server.requests.slice(before).filter((r) => SWEDISH.test(r));
    await page.evaluate((target) => {
      document.getElementById(target)?.setAttribute('locale', 'sv');
    }, id);
    await page.waitForFunction(
      ([target, name]) => {
        const svg = document.getElementById(target)?.shadowRoot?.querySelector('svg');
        return svg?.textContent?.includes(name) ?? false;
      },
      [id, svTitle] as const,
      { timeout: 10_000 },
    );
    // The ES module loads its chunk, the classic script yhdyspinta-elements-sv.js beside it.
    await expect.poll(() => loads().length).toBe(1);
    const file =
      path === 'core-esm.html'
        ? /\/elements-chunks\/hyphenationSv-/
        : /^\/yhdyspinta-elements-sv\.js$/;
    expect(loads()[0]).toMatch(file);
  });

  it('had no page errors', () => {
    expect(pageErrors.filter((e) => e.startsWith(path))).toEqual([]);
  });
});

describe('the Swedish patterns chunk', () => {
  it('is in elements-chunks/ (loaded only by a Swedish element)', () => {
    const files = readdirSync(join(folder, 'elements-chunks'));
    expect(files.filter((f) => f.startsWith('hyphenationSv-'))).toHaveLength(1);
    // The ES module (or a chunk of it) names it only in a dynamic import.
    const dynamic = /import\("\.\/(elements-chunks\/)?hyphenationSv-[\w-]+\.js"\)/;
    expect(dynamic.test(loadedText('yhdyspinta-elements-core.js'))).toBe(true);
  });

  it('is not in the classic scripts, which import yhdyspinta-elements-sv.js by URL', () => {
    const patterns = readFileSync(join(folder, 'yhdyspinta-elements-sv.js'), 'utf8');
    // A stretch of the patterns' trie (the middle of the file) stands for all of them.
    const sample = patterns.slice(patterns.length / 2, patterns.length / 2 + 60);
    expect(patterns.length).toBeGreaterThan(20_000);
    const [chunk] = readdirSync(join(folder, 'elements-chunks')).filter((f) =>
      f.startsWith('hyphenationSv-'),
    );
    expect(readFileSync(join(folder, 'elements-chunks', chunk ?? ''), 'utf8')).toContain(sample);
    for (const file of ['yhdyspinta-elements-core.iife.js', 'yhdyspinta-elements.iife.js']) {
      const script = readFileSync(join(folder, file), 'utf8');
      expect(script).not.toContain(sample);
      expect(script).toContain('yhdyspinta-elements-sv.js');
    }
  });
});
