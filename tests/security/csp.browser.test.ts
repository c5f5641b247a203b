/**
 * Strict Content-Security-Policy in a real browser (headless Chromium through playwright-core):
 * pages served from 127.0.0.1 with `default-src 'self'; script-src 'self'; style-src 'self'` run
 * - the custom-element bundles (classic script and ES module, built here into a temp folder): shipped
 *   data, hostile inline data, a CSV `src`, a missing `src`, changed attributes, keyboard focus;
 * - a React page: all four charts server-rendered (renderToString) and hydrated by a bundle made with
 *   esbuild (no inline script), then focused and hovered so tooltips draw;
 * with no `securitypolicyviolation` event, no console error and no page error. A control page with an
 * inline script and a style attribute proves the monitor does report violations.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchChromium } from '../embedding/support/chromium';
import { CspApp, HOSTILE_LABEL } from './support/cspApp';
import { MONITOR_JS, page, serveWithCsp } from './support/cspPages';
import type { CspServer } from './support/cspPages';

const ROOT = resolve(import.meta.dirname, '../..');
const CHARTS_DIR = resolve(ROOT, 'packages/charts');

const TAGS = [
  'yhdyspinta-goal-bars',
  'yhdyspinta-theme-heatmap',
  'yhdyspinta-rescue-radar',
  'yhdyspinta-coverage',
];

function elementsBody(): string {
  const hostile = JSON.stringify([
    { id: 'a', label: HOSTILE_LABEL, answered: true },
    { id: 'b', label: 'Kyrkslätt', answered: false },
  ])
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;');
  return [
    '<p id="outside">Host page</p>',
    '<button id="page-button" type="button">Page button</button>',
    ...TAGS.map((tag) => `<${tag} width="640"></${tag}>`),
    `<yhdyspinta-coverage id="hostile" width="480" data="${hostile}"></yhdyspinta-coverage>`,
    '<yhdyspinta-goal-bars id="from-csv" width="480" src="responses.csv"></yhdyspinta-goal-bars>',
    '<yhdyspinta-goal-bars id="missing" width="480" src="no-such-file.csv"></yhdyspinta-goal-bars>',
    '<yhdyspinta-rescue-radar id="bad-json" width="480" data="{oops"></yhdyspinta-rescue-radar>',
  ].join('\n');
}

let folder: string;
let server: CspServer;
let browser: Browser;

interface Report {
  readonly violations: unknown[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
}

/** Opens `path`, lets `act` drive the page, and returns what the page reported. */
async function visit(path: string, act: (p: Page) => Promise<void>): Promise<Report> {
  const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  p.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  p.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    await p.goto(server.url + path, { waitUntil: 'load' });
    await act(p);
    // Let late work (fetches, re-renders, tooltips) report before reading.
    await p.waitForTimeout(300);
    const violations = await p.evaluate(
      () => (window as unknown as { __cspViolations: unknown[] }).__cspViolations,
    );
    return { violations, consoleErrors, pageErrors };
  } finally {
    await p.close();
  }
}

/** Waits until every chart element shows a settled chart or state (not loading). */
async function elementsSettled(p: Page, count: number): Promise<void> {
  await p.waitForFunction(
    (n) => {
      const hosts = [...document.querySelectorAll('*')].filter((e) => e.shadowRoot);
      const ready = hosts.filter((h) => {
        const svg = h.shadowRoot?.querySelector('svg[role="figure"]');
        return svg && !svg.hasAttribute('aria-busy');
      });
      return ready.length === n;
    },
    count,
    { timeout: 15_000 },
  );
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'yhdyspinta-csp-'));
  const built = spawnSync(process.execPath, ['scripts/build-elements.mjs', '--outdir', folder], {
    cwd: CHARTS_DIR,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`Element bundle build failed:\n${built.stderr}`);

  await build({
    stdin: {
      contents: [
        "import { createElement } from 'react';",
        "import { hydrateRoot } from 'react-dom/client';",
        "import { CspApp } from './tests/security/support/cspApp';",
        "hydrateRoot(document.getElementById('root'), createElement(CspApp));",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'tsx',
      sourcefile: 'csp-app-entry.tsx',
    },
    absWorkingDir: ROOT,
    bundle: true,
    conditions: ['yhdyspinta-source'],
    format: 'iife',
    platform: 'browser',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: join(folder, 'app.js'),
    logLevel: 'warning',
  });

  writeFileSync(join(folder, 'monitor.js'), MONITOR_JS);
  // The page's error-state chart warns in development while rendering on the server: expected here.
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  copyFileSync(
    resolve(ROOT, 'tests/fixtures/responses-example.csv'),
    join(folder, 'responses.csv'),
  );
  writeFileSync(
    join(folder, 'elements.html'),
    page(
      'Elements (classic script)',
      '<script src="yhdyspinta-elements.iife.js" defer></script>',
      elementsBody(),
    ),
  );
  writeFileSync(
    join(folder, 'elements-esm.html'),
    page(
      'Elements (module)',
      '<script type="module" src="yhdyspinta-elements.js"></script>',
      elementsBody(),
    ),
  );
  const markup = renderToString(createElement(CspApp));
  warn.mockRestore();
  writeFileSync(
    join(folder, 'react.html'),
    page('React', '<script src="app.js" defer></script>', `<div id="root">${markup}</div>`),
  );
  writeFileSync(
    join(folder, 'control.html'),
    page('Control', '', '<div style="color: red">styled</div><script>window.inline = 1;</script>'),
  );
  server = await serveWithCsp(folder);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('under a strict CSP', () => {
  it('the monitor reports an inline script and a style attribute (control)', async () => {
    const report = await visit('control.html', async () => {});
    const directives = report.violations.map((v) => (v as { directive: string }).directive);
    expect(directives).toEqual(expect.arrayContaining(['script-src-elem', 'style-src-attr']));
  });

  it.each(['elements.html', 'elements-esm.html'])(
    '%s: every element draws, nothing is blocked, nothing errors',
    async (path) => {
      const report = await visit(path, async (p) => {
        await elementsSettled(p, TAGS.length + 4);
        // Attributes change, focus moves into a chart, the page's own button still works.
        await p.evaluate(() => {
          for (const el of document.querySelectorAll('yhdyspinta-goal-bars'))
            el.setAttribute('locale', 'sv');
          document
            .querySelector('yhdyspinta-theme-heatmap')
            ?.setAttribute('theme', 'high-contrast');
        });
        await p.keyboard.press('Tab');
        await p.keyboard.press('Tab');
        await p.keyboard.press('ArrowRight');
        await p.click('#page-button');
        await elementsSettled(p, TAGS.length + 4);
        const hostile = await p.evaluate(() => {
          const root = document.getElementById('hostile')?.shadowRoot;
          return {
            active: root?.querySelectorAll('img, script, iframe').length ?? -1,
            text: root?.textContent ?? '',
            pwned: (window as { __pwned?: number }).__pwned ?? null,
          };
        });
        expect(hostile).toEqual({
          active: 0,
          text: expect.stringContaining(HOSTILE_LABEL),
          pwned: null,
        });
      });
      // A missing src is a 404 the browser logs itself; it is not a CSP or script error.
      const errors = report.consoleErrors.filter((e) => !/404|Failed to load resource/.test(e));
      expect({ ...report, consoleErrors: errors }).toEqual({
        violations: [],
        consoleErrors: [],
        pageErrors: [],
      });
    },
    60_000,
  );

  it('react.html: server-rendered charts hydrate; focus and hover draw tooltips; nothing is blocked', async () => {
    const report = await visit('react.html', async (p) => {
      await p.waitForFunction(() => document.querySelectorAll('svg[role="figure"]').length >= 8);
      // Hydrated: keyboard focus moves between marks and shows a tooltip.
      const first = p.locator('[role="graphics-symbol"]').first();
      await first.focus();
      await p.keyboard.press('ArrowDown');
      await p.waitForSelector('[role="tooltip"]');
      // Hover the middle of several charts (their marks' groups map the pointer to a mark).
      for (const n of [1, 3, 5]) await p.locator('svg[role="figure"]').nth(n).hover();
      expect(await p.evaluate(() => (window as { __pwned?: number }).__pwned ?? null)).toBeNull();
      expect(await p.locator('img, script:not([src])').count()).toBe(0);
    });
    // The page's error-state chart reports its invalid data (in production builds too): that one line.
    expect(report).toEqual({
      violations: [],
      consoleErrors: [
        '[@yhdyspinta/charts] ResponseCoverage: invalid data: data[0] (x) has no label',
      ],
      pageErrors: [],
    });
  }, 60_000);
});
