// Seeded benchmark data (bench/src/data.ts, bench/src/cases.ts): deterministic, on the 1–5 scale.
import { describe, expect, it } from 'vitest';
import { SSR_CASES, datumCount } from '../../bench/src/cases';
import { barsData, heatmapData, mulberry32, nextRating, radarData } from '../../bench/src/data';

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
  });
  it('gives a different sequence for another seed, in [0, 1)', () => {
    const a = Array.from({ length: 100 }, mulberry32(1));
    const b = Array.from({ length: 100 }, mulberry32(2));
    expect(a).not.toEqual(b);
    expect(a.every((v) => v >= 0 && v < 1)).toBe(true);
  });
  it('matches the reference mulberry32 (pinned: the benchmark data must never change silently)', () => {
    const random = mulberry32(1);
    expect(Math.floor(random() * 2 ** 32)).toBe(2693262067);
    expect(Math.floor(random() * 2 ** 32)).toBe(11749833);
  });
});

describe('generated data', () => {
  it('is identical on every call (every library gets the same values)', () => {
    expect(heatmapData(30, 20)).toEqual(heatmapData(30, 20));
    expect(barsData(50)).toEqual(barsData(50));
    expect(radarData(9, 5)).toEqual(radarData(9, 5));
  });
  it('has the requested shape', () => {
    const heatmap = heatmapData(3, 4);
    expect(heatmap.values).toHaveLength(3);
    expect(heatmap.values.every((row) => row.length === 4)).toBe(true);
    expect(heatmap.rowLabels).toEqual(['Rivi 1', 'Rivi 2', 'Rivi 3']);
    expect(radarData(9, 5).values.map((s) => s.length)).toEqual([9, 9, 9, 9, 9]);
  });
  it('values are ratings 1–5 with one decimal, spread over the scale', () => {
    const values = heatmapData(100, 100).values.flat();
    expect(values.every((v) => v >= 1 && v <= 5 && Math.round(v * 10) === v * 10)).toBe(true);
    expect(Math.min(...values)).toBe(1);
    expect(Math.max(...values)).toBe(5);
    expect(nextRating(() => 0.5)).toBe(3);
  });
});

describe('cases', () => {
  it('have unique ids and count their data', () => {
    const ids = SSR_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'heatmap-10x10',
      'heatmap-100x100',
      'heatmap-300x300',
      'bars-20',
      'bars-2000',
      'radar-9x1',
      'radar-9x5',
    ]);
    const byId = new Map(SSR_CASES.map((c) => [c.id, c]));
    expect(datumCount(byId.get('heatmap-300x300')!)).toBe(90_000);
    expect(datumCount(byId.get('radar-9x5')!)).toBe(45);
  });
});
