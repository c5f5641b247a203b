/**
 * Generators of chart data for the property tests: for each chart, well-formed data with hostile texts,
 * data with broken fields (bad values, duplicate ids, missing labels), and junk of any shape.
 */
import fc from 'fast-check';
import { anyLabel, anyValue, id, label, score } from './arbitraries';

/** Any JSON-like junk a page might hand over as `data`. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, 0, '', 'data', true, [], {}, [null], [[]], { groups: null }),
  fc.anything({ maxDepth: 3, maxKeys: 4 }),
);

const whole = fc.oneof(
  fc.nat({ max: 20 }),
  fc.constantFrom(-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, null),
);
const base = fc.option(fc.record({ answered: whole, total: whole }), { nil: undefined });
const goodBase = fc
  .tuple(fc.nat({ max: 10 }), fc.nat({ max: 10 }))
  .map(([a, b]) => ({ answered: Math.min(a, b), total: Math.max(a, b) }));

/** Unique ids for `count` things (the clean variants), still drawn from odd strings. */
function uniqueIds(min: number, max: number): fc.Arbitrary<string[]> {
  return fc
    .uniqueArray(fc.oneof(id, fc.string({ minLength: 1, maxLength: 8 })), {
      minLength: min,
      maxLength: max,
      selector: (s) => s,
    })
    .filter((ids) => ids.every((s) => s.trim() !== ''));
}

// --- GoalBarChart ---

const goalLeaf = (value: fc.Arbitrary<unknown>, text: fc.Arbitrary<unknown>) =>
  fc.record({ id, label: text, value });

export const goalBarClean = fc
  .tuple(
    fc.array(
      fc.tuple(
        label,
        fc.array(fc.tuple(label, score, fc.array(fc.tuple(label, score), { maxLength: 3 })), {
          maxLength: 6,
        }),
      ),
      { minLength: 0, maxLength: 4 },
    ),
    fc.option(goodBase, { nil: undefined }),
  )
  .map(([groups, b]) => {
    let n = 0;
    const next = () => `id-${(n += 1)}`;
    return {
      groups: groups.map(([groupLabel, items]) => ({
        id: next(),
        label: groupLabel,
        items: items.map(([itemLabel, value, children]) => ({
          id: next(),
          label: itemLabel,
          value,
          children: children.map(([childLabel, childValue]) => ({
            id: next(),
            label: childLabel,
            value: childValue,
          })),
        })),
      })),
      ...(b ? { base: b } : {}),
    };
  });

export const goalBarMessy = fc.record(
  {
    groups: fc.array(
      fc.record({
        id,
        label: anyLabel,
        items: fc.oneof(
          fc.array(
            fc.record(
              {
                id,
                label: anyLabel,
                value: anyValue,
                children: fc.oneof(fc.array(goalLeaf(anyValue, anyLabel), { maxLength: 3 }), junk),
              },
              { requiredKeys: ['id', 'label', 'value'] },
            ),
            { maxLength: 6 },
          ),
          junk,
        ),
      }),
      { maxLength: 4 },
    ),
    base,
  },
  { requiredKeys: ['groups'] },
);

export const goalBarData = fc.oneof(
  { weight: 6, arbitrary: goalBarClean },
  { weight: 3, arbitrary: goalBarMessy },
  { weight: 1, arbitrary: junk },
);

// --- ThemeHeatmap ---

export const heatmapClean = fc
  .record({
    kind: fc.constantFrom('count' as const, 'rating' as const),
    rowIds: uniqueIds(0, 8),
    columnIds: uniqueIds(0, 8),
    texts: fc.array(label, { minLength: 16, maxLength: 16 }),
    extra: fc.record(
      {
        title: label,
        notes: fc.array(label, { maxLength: 3 }),
        rowsTitle: label,
        columnsTitle: label,
        valueLabel: label,
        detailsTitle: label,
        unit: fc.record({ one: label, other: label }),
        base: goodBase,
      },
      { requiredKeys: [] },
    ),
    seed: fc.array(fc.oneof(fc.nat({ max: 30 }), fc.constant(null)), {
      minLength: 64,
      maxLength: 64,
    }),
    withDetails: fc.boolean(),
  })
  .map(({ kind, rowIds, columnIds, texts, extra, seed, withDetails }) => {
    const at = (r: number, c: number) => seed[(r * 8 + c) % seed.length] ?? null;
    const value = (r: number, c: number) => {
      const v = at(r, c);
      return v === null ? null : kind === 'count' ? v : 1 + (v % 41) / 10;
    };
    const data = {
      kind,
      rows: rowIds.map((rid, i) => ({ id: rid, label: texts[i % 16] ?? 'r' })),
      columns: columnIds.map((cid, i) => ({ id: cid, label: texts[(i + 8) % 16] ?? 'c' })),
      values: rowIds.map((_, r) => columnIds.map((__, c) => value(r, c))),
      ...extra,
      ...(kind === 'rating' ? { n: rowIds.map((_, r) => columnIds.map((__, c) => at(c, r))) } : {}),
      ...(withDetails
        ? { details: rowIds.map((_, r) => columnIds.map((__, c) => texts.slice(0, (r + c) % 4))) }
        : {}),
    };
    return data;
  });

export const heatmapMessy = fc
  .record({
    kind: fc.oneof(fc.constantFrom('count', 'rating'), fc.constantFrom('Count', '', null, 3)),
    rows: fc.array(fc.record({ id, label: anyLabel }), { maxLength: 5 }),
    columns: fc.array(fc.record({ id, label: anyLabel }), { maxLength: 5 }),
    cells: fc.array(anyValue, { minLength: 25, maxLength: 25 }),
    ragged: fc.boolean(),
    unit: fc.option(fc.record({ one: anyLabel, other: anyLabel }), { nil: undefined }),
    base,
  })
  .map(({ kind, rows, columns, cells, ragged, unit, base: b }) => ({
    kind,
    rows,
    columns,
    values: rows.map((_, r) =>
      (ragged && r === 0 ? columns.slice(1) : columns).map((__, c) => cells[(r * 5 + c) % 25]),
    ),
    ...(unit ? { unit } : {}),
    ...(b ? { base: b } : {}),
  }));

export const heatmapData = fc.oneof(
  { weight: 6, arbitrary: heatmapClean },
  { weight: 3, arbitrary: heatmapMessy },
  { weight: 1, arbitrary: junk },
);

// --- RescueRadar ---

export const radarClean = fc
  .record({
    axisIds: uniqueIds(3, 12),
    seriesIds: uniqueIds(1, 4),
    texts: fc.array(label, { minLength: 16, maxLength: 16 }),
    values: fc.array(score, { minLength: 48, maxLength: 48 }),
    dropAxis: fc.boolean(),
    base: fc.option(goodBase, { nil: undefined }),
  })
  .map(({ axisIds, seriesIds, texts, values, dropAxis, base: b }) => ({
    axes: axisIds.map((aid, i) => ({ id: aid, label: texts[i % 16] ?? 'a' })),
    series: seriesIds.map((sid, s) => {
      const entries = axisIds.map((aid, a) => [aid, values[(s * 12 + a) % 48] ?? null] as const);
      // A left-out axis is "no data", like null.
      const kept = dropAxis && s === 0 ? entries.slice(1) : entries;
      // JSON.parse (not a literal) so that an axis id "__proto__" becomes an own key, as in page data.
      return {
        id: sid,
        label: texts[(s + 12) % 16] ?? 's',
        values: JSON.parse(JSON.stringify(Object.fromEntries(kept))) as Record<
          string,
          number | null
        >,
      };
    }),
    ...(b ? { base: b } : {}),
  }));

export const radarMessy = fc.record(
  {
    axes: fc.array(fc.record({ id, label: anyLabel }), { maxLength: 8 }),
    series: fc.array(
      fc.record({
        id,
        label: anyLabel,
        values: fc.oneof(fc.dictionary(id, anyValue, { maxKeys: 6 }), junk),
      }),
      { maxLength: 3 },
    ),
    base,
  },
  { requiredKeys: ['axes', 'series'] },
);

export const radarData = fc.oneof(
  { weight: 6, arbitrary: radarClean },
  { weight: 3, arbitrary: radarMessy },
  { weight: 1, arbitrary: junk },
);

// --- ResponseCoverage ---

const population = fc.oneof(
  fc.nat({ max: 400_000 }),
  fc.constantFrom(-5, Number.NaN, Number.POSITIVE_INFINITY, 1e12, 0.5),
);

export const coverageClean = fc
  .tuple(
    uniqueIds(0, 14),
    fc.array(fc.tuple(label, fc.boolean(), fc.option(population, { nil: undefined })), {
      minLength: 14,
      maxLength: 14,
    }),
  )
  .map(([ids, rest]) =>
    ids.map((itemId, i) => {
      const [text, answered, pop] = rest[i] ?? ['x', false, undefined];
      return {
        id: itemId,
        label: text,
        answered,
        ...(pop === undefined ? {} : { population: pop }),
      };
    }),
  );

export const coverageMessy = fc.array(
  fc.record(
    {
      id,
      label: anyLabel,
      answered: fc.oneof(fc.boolean(), fc.constantFrom('yes', 1, null)),
      population: fc.oneof(population, anyValue),
    },
    { requiredKeys: ['id', 'label', 'answered'] },
  ),
  { maxLength: 12 },
);

export const coverageData = fc.oneof(
  { weight: 6, arbitrary: coverageClean },
  { weight: 3, arbitrary: coverageMessy },
  { weight: 1, arbitrary: junk },
);
