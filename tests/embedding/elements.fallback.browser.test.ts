/**
 * The static SVG (renderToSvg) placed inside a custom element as its content: what a page shows without
 * JavaScript (accessible by itself), and what gives way to the live chart in the shadow root when the
 * classic-script bundle runs. Headless Chromium, a plain page served on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { getMessages } from '@yhdyspinta/charts';
import { renderToSvg } from '@yhdyspinta/charts/static';
import { BUNDLE, openElementsPage } from './support/elementsPage';
import type { ElementsPage } from './support/elementsPage';
import { fallbackPage } from './support/hostPage';
import type { StaticServer } from './support/staticServer';

let opened: ElementsPage;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const staticSvg = renderToSvg({ chart: 'goal-bars' }, { width: 720, xmlDeclaration: false });
  opened = await openElementsPage('elements-fallback', {
    elements: [],
    files: { 'fallback.html': fallbackPage(BUNDLE, 'yhdyspinta-goal-bars', staticSvg) },
  });
  ({ server, browser } = opened);
}, 60_000);

afterAll(() => opened?.close());

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
