/**
 * The custom elements' text attributes in headless Chromium (a plain page loading only the classic-script
 * bundle): `chart-title`, `subtitle`, `axis-title` (GoalBarChart) and `source` override the chart's
 * texts, live — set, changed and removed after the chart is drawn — and name its states too. The global
 * `title` attribute stays the page's tooltip and does not become the chart's title.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getMessages } from '@yhdyspinta/charts';
import { ELEMENT_MESSAGES } from '@yhdyspinta/charts/elements';
import { ELEMENTS, openElementsPage, settled, titleOf } from './support/elementsPage';
import type { ElementsPage } from './support/elementsPage';
import type { HostElement } from './support/hostPage';

const fi = getMessages('fi');

let opened: ElementsPage;
let page: Page;
const warnings: string[] = [];

beforeAll(async () => {
  const elements: HostElement[] = [
    ...ELEMENTS.map(({ tag }) => ({ tag, id: tag, attributes: { width: '720' } })),
    {
      tag: 'yhdyspinta-goal-bars',
      id: 'missing',
      attributes: { width: '720', src: 'no-such-file.csv', 'chart-title': 'Oma kysely 2025' },
    },
    { tag: 'yhdyspinta-coverage', id: 'tooltip', attributes: { width: '720', title: 'Vihje' } },
  ];
  opened = await openElementsPage('elements-texts', { elements }, (p) =>
    p.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    }),
  );
  page = opened.page;
}, 60_000);

afterAll(() => opened?.close());

/** Sets (a string) or removes (null) the element's attributes. */
function setAttributes(target: string, attributes: Record<string, string | null>): Promise<void> {
  return page.evaluate(
    ([t, all]) => {
      const element = document.getElementById(t);
      for (const [name, value] of Object.entries(all)) {
        if (value === null) element?.removeAttribute(name);
        else element?.setAttribute(name, value);
      }
    },
    [target, attributes] as const,
  );
}

describe.each(ELEMENTS)('<$tag> text attributes', (element) => {
  const { tag } = element;

  it('draws chart-title, subtitle and source when set, changed and removed', async () => {
    const shipped = await settled(page, tag, titleOf(element, 'fi'));
    expect(shipped.text).not.toContain('Lähde: oma kysely');
    await setAttributes(tag, {
      'chart-title': 'Oma otsikko',
      subtitle: 'Kevät 2025',
      source: 'Lähde: oma kysely 2025',
    });
    const set = await settled(page, tag, 'Oma otsikko');
    expect(set.text).toContain('Oma otsikko');
    expect(set.text).toContain('Kevät 2025');
    expect(set.text).toContain('Lähde: oma kysely 2025');
    expect(set.text).not.toContain(titleOf(element, 'fi'));

    await setAttributes(tag, { 'chart-title': 'Toinen otsikko', subtitle: 'Syksy 2025' });
    const changed = await settled(page, tag, 'Toinen otsikko');
    expect(changed.text).toContain('Syksy 2025');
    expect(changed.text).not.toContain('Kevät 2025');
    expect(changed.text).toContain('Lähde: oma kysely 2025');

    await setAttributes(tag, { 'chart-title': null, subtitle: null, source: null });
    const removed = await settled(page, tag, titleOf(element, 'fi'));
    expect(removed.text).not.toContain('Syksy 2025');
    expect(removed.text).not.toContain('Lähde: oma kysely 2025');
    expect(removed.text).toBe(shipped.text);
  });

  it('keeps the default title for an empty or blank chart-title', async () => {
    await setAttributes(tag, { 'chart-title': '  ' });
    const blank = await settled(page, tag, titleOf(element, 'fi'));
    expect(blank.text).toContain(titleOf(element, 'fi'));
    await setAttributes(tag, { 'chart-title': null });
  });
});

describe('axis-title', () => {
  it("replaces GoalBarChart's axis title, live, and the default comes back when removed", async () => {
    const tag = 'yhdyspinta-goal-bars';
    const name = fi.goalBar.title;
    const before = await settled(page, tag, name);
    expect(before.text).toContain(fi.common.scaleAxisTitle);
    await setAttributes(tag, { 'axis-title': 'Arvio asteikolla 1–5 (oma)' });
    await page.waitForFunction(
      (t) =>
        document
          .getElementById(t)
          ?.shadowRoot?.querySelector('svg')
          ?.textContent?.includes('Arvio asteikolla 1–5 (oma)'),
      tag,
    );
    const set = await settled(page, tag, name);
    expect(set.text).not.toContain(fi.common.scaleAxisTitle);
    await setAttributes(tag, { 'axis-title': null });
    await page.waitForFunction(
      ([t, axis]) =>
        document.getElementById(t)?.shadowRoot?.querySelector('svg')?.textContent?.includes(axis),
      [tag, fi.common.scaleAxisTitle] as const,
    );
    expect((await settled(page, tag, name)).text).toBe(before.text);
  });

  it('is not used, with a console warning, on a chart without an axis title', async () => {
    const tag = 'yhdyspinta-coverage';
    const name = fi.responseCoverage.title;
    const before = await settled(page, tag, name);
    await setAttributes(tag, { 'axis-title': 'Akseli' });
    await expect
      .poll(() => warnings.filter((w) => w.includes('<yhdyspinta-coverage axis-title>')))
      .toHaveLength(1);
    const after = await settled(page, tag, name);
    expect(after.text).not.toContain('Akseli');
    expect(after.text).toBe(before.text);
    await setAttributes(tag, { 'axis-title': null });
  });
});

describe('texts of the states, and the global title attribute', () => {
  it("names the src's error state with chart-title", async () => {
    const failed = await settled(page, 'missing', 'Oma kysely 2025');
    expect(failed.status).toBe(ELEMENT_MESSAGES.fi.loadFailed);
  });

  it("leaves the global title attribute to the page (the host's tooltip), not the chart", async () => {
    const chart = await settled(page, 'tooltip', fi.responseCoverage.title);
    expect(chart.text).not.toContain('Vihje');
    await expect(
      page.evaluate(() => document.getElementById('tooltip')?.getAttribute('title')),
    ).resolves.toBe('Vihje');
  });
});
