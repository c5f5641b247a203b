// The elements' sliced reading of a JSON `src` gives what JSON.parse and parseResponsesJson of the whole
// file give: the same responses, the file's record numbers in errors, bad JSON refused.
import { describe, expect, it } from 'vitest';
import { parseResponsesJson, survey2024 } from '@yhdyspinta/data';
import { parseJsonInSlices } from '../../packages/charts/src/elements/slicedJson';

const ITEMS = survey2024.goals.map((goal) => goal.id);
const TOWNS = ['Espoo', 'Hanko', 'Inkoo', 'Lohja', 'Vihti'];

interface LongRecord {
  readonly municipality: string;
  readonly item: string;
  readonly rating: number | string;
  readonly respondent?: string;
}

/** Long-form records: `respondents` per town, every goal rated; respondent names with JSON's specials. */
function longRecords(respondents: number): LongRecord[] {
  const records: LongRecord[] = [];
  for (let r = 0; r < respondents; r += 1) {
    for (const town of TOWNS) {
      for (const item of ITEMS) {
        const respondent = `v ${r} "[{,}]" \\`;
        records.push({ municipality: town, item, rating: 1 + ((r + item.length) % 5), respondent });
      }
    }
  }
  return records;
}

const whole = (text: string) => parseResponsesJson(JSON.parse(text), { locale: 'en' });

describe('parseJsonInSlices', () => {
  it('reads a large long-form array in many slices into exactly the responses of one parse', async () => {
    const text = JSON.stringify(longRecords(300), null, 1);
    expect(text.length).toBeGreaterThan(1_000_000);
    const steps: number[] = [];
    const sliced = await parseJsonInSlices(text, (done) => steps.push(done));
    const once = whole(text);
    expect(once.errors).toEqual([]);
    expect(sliced).toEqual({ ok: true, responses: once.responses });
    // Progress went up in many steps and ended at the whole file.
    expect(steps.length).toBeGreaterThan(10);
    expect(steps.at(-1)).toBe(1);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });

  it("gives the file's record numbers for a bad record far down, in the errors and their messages", async () => {
    const records: LongRecord[] = longRecords(200);
    const at = records.length - 40;
    records[at] = { municipality: 'Espoo', item: 'ws-1', rating: 9, respondent: 'x' };
    const text = JSON.stringify(records);
    const once = whole(text);
    expect(once.errors.map((e) => e.line)).toEqual([at + 1]);
    const sliced = await parseJsonInSlices(text, () => {});
    expect(sliced.ok).toBe(false);
    if (sliced.ok) return;
    expect(sliced.errors).toEqual(once.errors);
    expect(sliced.errors[0]?.message).toMatch(new RegExp(`^Record ${at + 1}\\b`));
    expect(sliced.detail).toContain(`record ${at + 1}`);
  });

  it('finds a duplicate record in another slice, as one parse does', async () => {
    const records = longRecords(200);
    const text = JSON.stringify([...records, records[0]]);
    expect(whole(text).errors.length).toBeGreaterThan(0);
    const sliced = await parseJsonInSlices(text, () => {});
    expect(sliced.ok).toBe(false);
  });

  it('reads the wide form (an object of municipalities) and an empty array as one parse does', async () => {
    const wide = JSON.stringify(
      Object.fromEntries(
        TOWNS.map((town, t) => [town, Object.fromEntries(ITEMS.map((i) => [i, 1 + t]))]),
      ),
    );
    await expect(parseJsonInSlices(wide, () => {})).resolves.toEqual({
      ok: true,
      responses: whole(wide).responses,
    });
    expect(whole(wide).responses.length).toBe(TOWNS.length * ITEMS.length);
    await expect(parseJsonInSlices(' \uFEFF[ ] ', () => {})).resolves.toEqual({
      ok: true,
      responses: [],
    });
  });

  it.each([
    ['a trailing comma', (body: string) => `[${body},]`],
    ['an empty element', (body: string) => `[${body},,${body}]`],
    ['a wrong closing bracket', (body: string) => `[${body}}`],
    ['more after the data', (body: string) => `[${body}] x`],
    ['a cut-off file', (body: string) => `[${body}`],
    ['a broken record', (body: string) => `[${body},{"municipality":"Espoo",}]`],
  ])('refuses %s as not valid JSON, as JSON.parse does', async (_name, make) => {
    const body = JSON.stringify(longRecords(100)).slice(1, -1);
    const text = make(body);
    expect(() => JSON.parse(text) as unknown).toThrow();
    const sliced = await parseJsonInSlices(text, () => {});
    expect(sliced.ok).toBe(false);
    if (!sliced.ok) expect(sliced.detail).toMatch(/^Not valid JSON: /);
  });

  it('reports a bare value as the one parse does (not an object or array)', async () => {
    const sliced = await parseJsonInSlices('"kunta"', () => {});
    expect(sliced).toEqual({
      ok: false,
      detail: expect.any(String),
      errors: whole('"kunta"').errors,
    });
  });
});
