import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  detectSourceFormat,
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
  });

  it('fetches and reads a file, choosing the parser by content type', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(responsesJson(), { headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const result = await loadResponses('/responses');
    expect(fetchMock).toHaveBeenCalledWith('/responses', { signal: undefined });
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
