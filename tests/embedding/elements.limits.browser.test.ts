/**
 * The custom elements' `src` at its limits, in headless Chromium on a plain page that loads only the
 * classic-script bundle (as elements.browser.test.ts): a `src` that never answers stops at `timeout`,
 * a body over `max-size` is refused, an HTML login page answered with 200 is not parsed as CSV, and a
 * Windows-1252 file is decoded in the charset its Content-Type names, fetched once for all elements.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ELEMENT_MESSAGES } from '@yhdyspinta/charts/elements';
import { ELEMENTS, openElementsPage, responsesTitleOf, settled } from './support/elementsPage';
import type { ElementsPage } from './support/elementsPage';
import type { HostElement } from './support/hostPage';
import { responsesCsv } from './support/responses';
import type { StaticServer } from './support/staticServer';

const VARIANTS = {
  hang: { src: 'hang.csv', timeout: '0.5' },
  big: { src: 'big.csv', 'max-size': '1kB' },
  login: { src: 'login.html' },
  latin: { src: 'latin.csv' },
} as const satisfies Record<string, Record<string, string>>;
type Variant = keyof typeof VARIANTS;

const id = (tag: string, variant: Variant) => `${tag}--${variant}`;

let opened: ElementsPage;
let page: Page;
let server: StaticServer;

beforeAll(async () => {
  const elements: HostElement[] = ELEMENTS.flatMap(({ tag }) =>
    (Object.keys(VARIANTS) as Variant[]).map((variant) => ({
      tag,
      id: id(tag, variant),
      attributes: { width: '720', ...VARIANTS[variant] },
    })),
  );
  const files = {
    'hang.csv': responsesCsv(),
    'big.csv': responsesCsv(),
    'login.html': '<!doctype html><title>Kirjaudu sisään</title><form></form>',
    // Excel's fi-FI CSV: Windows-1252, "Ingå" (Inkoo in Swedish) with å as the single byte 0xE5.
    'latin.csv': Buffer.from('kunta;kohta;arvio\r\nIngå;ws-1;4\r\nIngå;rescue.1;4\r\n', 'latin1'),
  };
  opened = await openElementsPage('elements-limits', {
    elements,
    files,
    delays: { '/hang.csv': 120_000 },
    types: { '/latin.csv': 'text/csv; charset=windows-1252' },
  });
  ({ page, server } = opened);
}, 60_000);

afterAll(() => opened?.close());

describe.each(ELEMENTS)('<$tag src> at its limits', (element) => {
  const { tag } = element;
  const name = () => responsesTitleOf(element, 'fi');

  it('gives up on a src that does not answer within its timeout', async () => {
    expect((await settled(page, id(tag, 'hang'), name())).status).toBe(
      ELEMENT_MESSAGES.fi.timedOut,
    );
  });

  it('stops at its max-size', async () => {
    expect((await settled(page, id(tag, 'big'), name())).status).toBe(ELEMENT_MESSAGES.fi.tooLarge);
  });

  it('refuses an HTML page answered with 200 instead of parsing it as CSV', async () => {
    expect((await settled(page, id(tag, 'login'), name())).status).toBe(
      ELEMENT_MESSAGES.fi.notData,
    );
  });

  it('reads a Windows-1252 file in the charset its Content-Type names', async () => {
    const latin = await settled(page, id(tag, 'latin'), name());
    expect(latin.status).toBeNull();
  });
});

describe('the limits page', () => {
  it('fetched the Windows-1252 file once for the four elements', async () => {
    // Every element has read it by now (or waits for the shared fetch): one request.
    await Promise.all(
      ELEMENTS.map((e) => settled(page, id(e.tag, 'latin'), responsesTitleOf(e, 'fi'))),
    );
    expect(ELEMENTS.length).toBeGreaterThan(1);
    expect(server.requests.filter((p) => p === '/latin.csv')).toHaveLength(1);
  });
});
