import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  detectSourceFormat,
  forgetSharedSources,
  loadResponses,
  readResponses,
} from '../../packages/charts/src/elements/responsesSource';
import { responsesCsv, responsesJson, surveyItemIds } from '../embedding/support/responses';

const items = surveyItemIds().length;

describe('detectSourceFormat', () => {
  it('trusts a JSON or CSV content type first', () => {
    expect(detectSourceFormat('a;b', 'application/json; charset=utf-8', 'x.csv')).toBe('json');
    expect(detectSourceFormat('[1]', 'application/vnd.api+json', 'x')).toBe('json');
    expect(detectSourceFormat('{}', 'text/csv', 'x.json')).toBe('csv');
    expect(detectSourceFormat('{}', 'text/tab-separated-values', 'x')).toBe('csv');
  });

  it('then the extension of the URL path, then the first character', () => {
    expect(detectSourceFormat('kunta', 'text/plain', '/data/x.JSON?v=2')).toBe('json');
    expect(detectSourceFormat('[', 'text/plain', 'https://a.fi/x.csv#top')).toBe('csv');
    expect(detectSourceFormat('\uFEFF  [{"a":1}]', null, '/api/responses')).toBe('json');
    expect(detectSourceFormat('{"espoo":{}}', 'application/octet-stream', '/r')).toBe('json');
    expect(detectSourceFormat('kunta;kohta;arvio', null, '/r')).toBe('csv');
  });
});

describe('readResponses', () => {
  it('reads the same responses from CSV and JSON', () => {
    const csv = readResponses(responsesCsv(), 'csv');
    const json = readResponses(responsesJson(), 'json');
    expect(csv.ok && csv.responses.length).toBe(2 * items);
    expect(json).toEqual(csv);
  });

  it('rejects the whole file when any row has an error', () => {
    const result = readResponses('kunta;kohta;arvio\nEspoo;ws-1;4\nInkoo;ws-1;9\n', 'csv');
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual([
      'rating-out-of-range',
    ]);
    expect(result.ok ? '' : result.detail).toMatch(/Line 3/);
  });

  it('reports JSON that does not parse', () => {
    const result = readResponses('{"Espoo": ', 'json');
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(result.ok ? '' : result.detail).toMatch(/^Not valid JSON/);
  });
});

describe('loadResponses', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    forgetSharedSources();
  });

  it('fetches and reads a file, choosing the parser by content type', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(responsesJson(), { headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const result = await loadResponses('/responses');
    expect(fetchMock).toHaveBeenCalledWith('/responses', { signal: expect.any(AbortSignal) });
    expect(result.ok && result.responses.length).toBe(2 * items);
  });

  it('resolves with a load failure for an HTTP error or a network error, never rejects', async () => {
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 404 }));
    expect(await loadResponses('/missing.csv')).toMatchObject({
      ok: false,
      reason: 'load',
      detail: 'HTTP 404 for /missing.csv',
    });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await loadResponses('/offline.csv')).toMatchObject({
      ok: false,
      reason: 'load',
      detail: 'Fetching /offline.csv failed: Failed to fetch',
    });
  });
});

describe('loadResponses: limits, charsets and sharing', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    forgetSharedSources();
  });

  const csvResponse = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Response(body, { headers: { 'content-type': 'text/csv', ...headers } });

  it('fetches a URL once for every element that asks (a failure is not kept)', async () => {
    const fetchMock = vi.fn(async () => csvResponse(responsesCsv()));
    vi.stubGlobal('fetch', fetchMock);
    const [a, b] = await Promise.all([loadResponses('/r.csv'), loadResponses('/r.csv')]);
    const c = await loadResponses('/r.csv');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(c).toBe(a);
    vi.stubGlobal('fetch', async () => new Response('x', { status: 500 }));
    await loadResponses('/failing.csv');
    const again = vi.fn(async () => csvResponse(responsesCsv()));
    vi.stubGlobal('fetch', again);
    expect((await loadResponses('/failing.csv')).ok).toBe(true);
    expect(again).toHaveBeenCalledTimes(1);
  });

  it("decodes the body in the Content-Type's charset (Excel's Windows-1252) or by its BOM", async () => {
    // "Ingå" in Windows-1252: å is the single byte 0xE5.
    const latin = Uint8Array.from([...'kunta;kohta;arvio\nIng'].map((c) => c.charCodeAt(0)));
    const bytes = new Uint8Array([...latin, 0xe5, ...[...';ws-1;4\n'].map((c) => c.charCodeAt(0))]);
    vi.stubGlobal('fetch', async () =>
      csvResponse(bytes, { 'content-type': 'text/csv; charset=windows-1252' }),
    );
    const result = await loadResponses('/latin.csv');
    expect(
      result.ok && result.responses.map((r) => [r.municipalityId, r.itemId, r.rating]),
    ).toEqual([['inkoo', 'ws-1', 4]]);
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(
        Uint16Array.from([...'kunta\tkohta\tarvio\nEspoo\tws-1\t5\n'].map((c) => c.charCodeAt(0)))
          .buffer,
      ),
    ]);
    vi.stubGlobal('fetch', async () => csvResponse(utf16, { 'content-type': 'text/plain' }));
    const unicode = await loadResponses('/unicode.txt');
    expect(unicode.ok && unicode.responses.map((r) => r.municipalityId)).toEqual(['espoo']);
  });

  it('refuses an answer that is not CSV or JSON, such as a login page with status 200', async () => {
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response('<!doctype html><title>Kirjaudu</title>', {
          headers: { 'content-type': 'text/html; charset=utf-8' },
        }),
    );
    expect(await loadResponses('/responses.csv')).toEqual({
      ok: false,
      reason: 'not-data',
      detail: '/responses.csv is text/html, not CSV or JSON',
      errors: [],
    });
  });

  it('stops at the size cap, by the declared length or while reading', async () => {
    const limits = { timeoutMs: 5000, maxBytes: 1000 };
    vi.stubGlobal('fetch', async () => csvResponse('x', { 'content-length': '5000' }));
    expect(await loadResponses('/declared.csv', limits)).toMatchObject({
      ok: false,
      reason: 'too-large',
      detail: '/declared.csv is larger than 0 MB',
    });
    vi.stubGlobal('fetch', async () => csvResponse(responsesCsv()));
    expect(responsesCsv().length).toBeGreaterThan(1000);
    expect(await loadResponses('/streamed.csv', limits)).toMatchObject({ reason: 'too-large' });
    expect((await loadResponses('/streamed.csv')).ok).toBe(true);
  });

  it('gives up after the timeout', async () => {
    vi.stubGlobal(
      'fetch',
      (_url: string, init: RequestInit) =>
        new Promise((_, reject) => {
          init.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    expect(await loadResponses('/never.csv', { timeoutMs: 50, maxBytes: 1e6 })).toEqual({
      ok: false,
      reason: 'timeout',
      detail: '/never.csv gave no answer in 0.05 s',
      errors: [],
    });
  });
});
