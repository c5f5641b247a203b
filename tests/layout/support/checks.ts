/**
 * The seven checks of the layout checker (issue 12), computed from the page's measurements (measure.ts)
 * and the case's data (items.ts). Counts are per rendered case; `examples` keeps a few of each for the
 * report.
 */
import { outsideBy, textBoxesOverlap } from './geometry';
import type { CaseTexts } from './items';
import type { MeasuredText, PageMeasure } from './measureTypes';
import {
  isTruncated,
  isValueText,
  joinLines,
  normalizeLabel,
  unhyphenatedBreaks,
  wordSet,
} from './text';

export const CHECKS = [
  'clipped',
  'overlaps',
  'crossings',
  'sameLabels',
  'brokenWords',
  'underMin',
  'unlabelled',
] as const;
export type CheckName = (typeof CHECKS)[number];

export interface Minimums {
  /** No text under this (theme.minFontSize). */
  readonly text: number;
  /** Labels and values not under this (theme.minLabelFontSize). */
  readonly label: number;
}

export interface CaseResult {
  readonly counts: Readonly<Record<CheckName, number>>;
  /** Smallest text in px as rendered; null without text. */
  readonly smallestPx: number | null;
  /** Of underMin: labels and values under the label minimum (also counted in underMin). */
  readonly labelsUnderMin: number;
  readonly examples: Readonly<Partial<Record<CheckName, readonly string[]>>>;
  /** The items without a visible label ("kind id"), so the parts of a split chart are judged together. */
  readonly unlabelledItems: readonly string[];
}

/** Px beyond the viewBox before a text counts as clipped. */
export const CLIP_TOLERANCE = 0.5;
/** Px two texts must share in both directions to overlap. */
export const OVERLAP_MARGIN = 1;
const MAX_EXAMPLES = 5;

const shortText = (t: string) => (t.length > 60 ? `${t.slice(0, 57)}…` : t);

export function evaluateCase(page: PageMeasure, texts: CaseTexts, min: Minimums): CaseResult {
  const examples: Partial<Record<CheckName, string[]>> = {};
  const note = (check: CheckName, text: string) => {
    const list = (examples[check] ??= []);
    if (list.length < MAX_EXAMPLES) list.push(text);
  };
  const words = wordSet([
    ...texts.items.flatMap((i) => [i.label, i.shortLabel ?? '']),
    ...texts.otherTexts,
    ...page.fullTexts,
  ]);
  const visible = page.texts.map((t) =>
    joinLines(
      t.lines.map((l) => l.text),
      words,
    ),
  );
  const plain = (t: MeasuredText) => visible[t.index] ?? '';

  // 1. Clipped by the viewBox.
  let clipped = 0;
  for (const t of page.texts) {
    const out = Math.max(0, ...t.lines.map((l) => outsideBy(l.quad, page.viewBox)));
    if (out > CLIP_TOLERANCE) {
      clipped += 1;
      note('clipped', `${shortText(plain(t))} (${out.toFixed(1)} px out)`);
    }
  }

  // 2. Overlapping texts (pairs of different <text> elements).
  let overlaps = 0;
  const boxes = page.texts.map((t) =>
    t.lines.map((l) => {
      const xs = l.quad.map((p) => p.x);
      const ys = l.quad.map((p) => p.y);
      return {
        quad: l.quad,
        x0: Math.min(...xs),
        x1: Math.max(...xs),
        y0: Math.min(...ys),
        y1: Math.max(...ys),
      };
    }),
  );
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const hit = boxes[i]!.some((a) =>
        boxes[j]!.some(
          (b) =>
            a.x0 < b.x1 &&
            b.x0 < a.x1 &&
            a.y0 < b.y1 &&
            b.y0 < a.y1 &&
            textBoxesOverlap(a.quad, b.quad, OVERLAP_MARGIN),
        ),
      );
      if (hit) {
        overlaps += 1;
        note('overlaps', `"${shortText(visible[i] ?? '')}" × "${shortText(visible[j] ?? '')}"`);
      }
    }
  }

  // 3. Texts crossing marks or reference lines (decided in the page, see measure.ts).
  let crossings = 0;
  for (const t of page.texts) {
    if (t.crossings.length === 0) continue;
    crossings += 1;
    const first = t.crossings[0]!;
    note('crossings', `"${shortText(plain(t))}" ${first.kind} ${first.mark}`);
  }

  // 4. Category labels reading the same; 7. items without a visible label.
  const itemKeys = texts.items.map((i) => ({
    label: normalizeLabel(i.label),
    short: i.shortLabel === undefined ? undefined : normalizeLabel(i.shortLabel),
  }));
  // A visible text is an item's label when it is the label (or short label), or its start cut with "…" or
  // at a word boundary ("Hyvin" on the axis is not the start of "Hyvinvointialue…").
  const startOf = (label: string | undefined, v: string, cut: boolean) =>
    label !== undefined && label.startsWith(v) && (cut || !/\p{L}/u.test(label.charAt(v.length)));
  const matches = (v: string, cut: boolean) => {
    if (v.length === 0) return [];
    const exact = itemKeys.filter((k) => k.label === v || k.short === v);
    if (exact.length > 0) return exact.map((k) => k.label);
    if (v.length < 3) return [];
    return itemKeys
      .filter((k) => startOf(k.label, v, cut) || startOf(k.short, v, cut))
      .map((k) => k.label);
  };
  const groups = new Map<string, { count: number; labels: Set<string> }>();
  const shown = page.texts.map((t) => normalizeLabel(plain(t)));
  const cut = page.texts.map((t) => isTruncated(plain(t)));
  for (const [i, v] of shown.entries()) {
    const found = matches(v, cut[i] ?? false);
    if (found.length === 0) continue;
    const group = groups.get(v) ?? { count: 0, labels: new Set<string>() };
    group.count += 1;
    for (const label of found) group.labels.add(label);
    groups.set(v, group);
  }
  let sameLabels = 0;
  for (const [v, group] of groups) {
    if (group.count < 2 || group.labels.size < 2) continue;
    sameLabels += group.count;
    note('sameLabels', `${group.count}× "${shortText(v)}"`);
  }
  const categoryTexts = new Set(shown.filter((v, i) => matches(v, cut[i] ?? false).length > 0));
  let unlabelled = 0;
  const unlabelledItems: string[] = [];
  for (const [k, key] of itemKeys.entries()) {
    const seen = shown.some(
      (v, i) =>
        (v.length > 0 && v === key.short) ||
        (v.length >= Math.min(3, key.label.length) &&
          (startOf(key.label, v, cut[i] ?? false) || v.includes(key.label))),
    );
    if (!seen) {
      unlabelled += 1;
      const i = texts.items[k];
      unlabelledItems.push(`${i?.kind ?? ''} ${i?.id ?? ''}`);
      note('unlabelled', `${i?.kind ?? ''} ${i?.id ?? ''}: ${shortText(i?.label ?? '')}`);
    }
  }

  // 5. Words broken without a hyphen.
  let brokenWords = 0;
  for (const t of page.texts) {
    if (t.lines.length < 2) continue;
    const found = unhyphenatedBreaks(
      t.lines.map((l) => l.text),
      words,
    );
    brokenWords += found.length;
    for (const w of found) note('brokenWords', w);
  }

  // 6. Text size.
  let underMin = 0;
  let labelsUnderMin = 0;
  let smallestPx: number | null = null;
  for (const t of page.texts) {
    smallestPx = smallestPx === null ? t.fontPx : Math.min(smallestPx, t.fontPx);
    const text = plain(t);
    const isLabel = isValueText(text) || categoryTexts.has(normalizeLabel(text));
    const limit = isLabel ? Math.max(min.text, min.label) : min.text;
    if (t.fontPx < limit - 0.01) {
      underMin += 1;
      if (isLabel) labelsUnderMin += 1;
      note('underMin', `${t.fontPx.toFixed(1)} px "${shortText(text)}"`);
    }
  }

  return {
    counts: { clipped, overlaps, crossings, sameLabels, brokenWords, underMin, unlabelled },
    smallestPx,
    labelsUnderMin,
    examples,
    unlabelledItems,
  };
}

/**
 * The result of a chart drawn as parts (renderToSvgParts): each part's counts summed, except that an item
 * is unlabelled only when no part labels it (each part draws a subset of the items).
 */
export function mergeParts(results: readonly CaseResult[]): CaseResult {
  const [first, ...rest] = results;
  if (!first) throw new Error('mergeParts: no parts');
  const unlabelledItems = first.unlabelledItems.filter((item) =>
    rest.every((r) => r.unlabelledItems.includes(item)),
  );
  const counts = Object.fromEntries(
    CHECKS.map((check) => [check, results.reduce((sum, r) => sum + r.counts[check], 0)]),
  ) as Record<CheckName, number>;
  counts.unlabelled = unlabelledItems.length;
  const sizes = results.flatMap((r) => (r.smallestPx === null ? [] : [r.smallestPx]));
  const examples: Partial<Record<CheckName, string[]>> = {};
  for (const check of CHECKS) {
    const all = results.flatMap((r, i) =>
      (r.examples[check] ?? []).map((e) => `part ${i + 1}: ${e}`),
    );
    if (all.length > 0) examples[check] = all.slice(0, MAX_EXAMPLES);
  }
  if (unlabelledItems.length === 0) delete examples.unlabelled;
  return {
    counts,
    smallestPx: sizes.length > 0 ? Math.min(...sizes) : null,
    labelsUnderMin: results.reduce((sum, r) => sum + r.labelsUnderMin, 0),
    examples,
    unlabelledItems,
  };
}
