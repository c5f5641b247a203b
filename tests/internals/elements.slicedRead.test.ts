// The elements' sliced reading of a `src` gives what parsing the whole file at once gives.
import { describe, expect, it } from 'vitest';
import { parseResponsesCsv, survey2024 } from '@yhdyspinta/data';
import { decodeInSlices, parseCsvInSlices } from '../../packages/charts/src/elements/slicedRead';

const ITEMS = survey2024.goals.map((goal) => goal.id);
const TOWNS = ['Espoo', 'Hanko', 'Inkoo', 'Lohja', 'Vihti'];

/** A long CSV with a respondent column: `respondents` per town, every goal rated. */
function longCsv(respondents: number): string {
  const rows = ['"kunta";vastaaja;kohta;arvio'];
  for (let r = 0; r < respondents; r += 1) {
    for (const town of TOWNS) {
      for (const item of ITEMS)
        rows.push(`${town};"v ${r}";${item};${1 + ((r + item.length) % 5)}`);
    }
  }
  return rows.join('\r\n') + '\r\n';
}

describe('parseCsvInSlices', () => {
  it('reads a large file in many slices into exactly the responses of one parse', async () => {
    const text = longCsv(400);
    const steps: number[] = [];
    const sliced = await parseCsvInSlices(text, (done) => steps.push(done));
    const whole = parseResponsesCsv(text);
    expect(whole.errors).toEqual([]);
    expect(sliced.ok).toBe(true);
    if (!sliced.ok) return;
    expect(sliced.responses.length).toBe(whole.responses.length);
    expect(sliced.responses).toEqual(whole.responses);
    // Progress went up in more than one step and ended at the whole file.
    expect(steps.length).toBeGreaterThan(1);
    expect(steps.at(-1)).toBe(1);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });

  it("gives the file's line numbers for a bad row far down, and rejects the file", async () => {
    const lines = longCsv(200).split('\r\n');
    const at = lines.length - 40;
    lines[at] = 'Espoo;"v x";ws-1;9';
    const text = lines.join('\r\n');
    const sliced = await parseCsvInSlices(text, () => {});
    const whole = parseResponsesCsv(text);
    expect(whole.errors.map((e) => e.line)).toEqual([at + 1]);
    expect(sliced.ok).toBe(false);
    if (sliced.ok) return;
    expect(sliced.errors.map((e) => [e.line, e.code])).toEqual(
      whole.errors.map((e) => [e.line, e.code]),
    );
    expect(sliced.detail).toContain(`line ${at + 1}`);
  });

  it('finds a duplicate response in another slice, as one parse does', async () => {
    const text = longCsv(200) + 'Espoo;"v 0";ws-1;3\r\n';
    expect(parseResponsesCsv(text).errors.length).toBeGreaterThan(0);
    const sliced = await parseCsvInSlices(text, () => {});
    expect(sliced.ok).toBe(false);
  });

  it('keeps a quoted line break inside a field, wherever a slice ends', async () => {
    const rows = ['kunta;vastaaja;kohta;arvio'];
    for (let i = 0; i < 3000; i += 1) {
      rows.push(`${TOWNS[i % 5]};"v\n${i} ""q""";${ITEMS[i % ITEMS.length]};3`);
    }
    const text = rows.join('\n');
    const whole = parseResponsesCsv(text);
    const sliced = await parseCsvInSlices(text, () => {});
    expect(whole.errors).toEqual([]);
    expect(whole.responses[1]?.respondent).toBe('v\n1 "q"');
    expect(sliced.ok).toBe(true);
    if (sliced.ok) expect(sliced.responses).toEqual(whole.responses);
  });
});

describe('decodeInSlices', () => {
  it('decodes UTF-8 cut inside a character, a byte order mark, and Windows-1252', async () => {
    const text = 'Kunta;Kohta\r\nKöklax;Åbo – ä\r\n'.repeat(60_000);
    const utf8 = new TextEncoder().encode(text);
    await expect(decodeInSlices(utf8, 'utf-8', () => {})).resolves.toBe(text);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a;b')]);
    await expect(decodeInSlices(bom, 'windows-1252', () => {})).resolves.toBe('a;b');
    const latin = Uint8Array.from('Kökar;Ingå', (c) => c.charCodeAt(0));
    await expect(decodeInSlices(latin, 'windows-1252', () => {})).resolves.toBe('Kökar;Ingå');
  });
});
