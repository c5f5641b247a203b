// RescueRadar with a survey's own scale words (data.scale) through the public entry: the rings' names
// where they fit, the scale key where they do not, and the check of the scale. The agree–disagree words
// are ILLUSTRATIVE (invented); the means are the 2024 survey's as printed in 003_ae88570eab8abfd8.txt
// (rescueRadarFromSurvey).
import { describe, expect, it } from 'vitest';
import {
  computeRescueRadarLayout,
  defaultTheme,
  validateRescueRadarData,
} from '@yhdyspinta/charts';
import type {
  RadarArrangementOption,
  RescueRadarData,
  RescueRadarOptions,
} from '@yhdyspinta/charts';
import { expectCleanLayout, fi, panelOf } from './support/rescueRadarData';

const WORDS = [
  'Täysin eri mieltä',
  'Jokseenkin eri mieltä',
  'Ei samaa eikä eri mieltä',
  'Jokseenkin samaa mieltä',
  'Täysin samaa mieltä',
];
const scale = { levels: WORDS.map((label, i) => ({ value: i + 1, label })) };
const OPTIONS: RescueRadarOptions = {
  title: 'Otsikko',
  hideTitle: false,
  illustrative: true,
  maxLabelLines: 4,
  showValues: true,
  legend: false,
  arrangement: 'auto',
};

const layout = (
  data: RescueRadarData,
  width: number,
  height: number,
  arrangement: RadarArrangementOption = 'auto',
) =>
  computeRescueRadarLayout({
    data,
    width,
    height,
    locale: 'fi',
    theme: defaultTheme,
    options: { ...OPTIONS, arrangement },
  });

describe('RescueRadar with its own scale words', () => {
  it('names the rings in its words where there is room', () => {
    const sparse: RescueRadarData = {
      axes: fi.axes.slice(0, 4),
      series: [{ id: 's', label: 'S', values: { 'rescue.1': 4.6, 'rescue.2': 4.4 } }],
      scale,
    };
    const named = layout(sparse, 1200, 900);
    expect(panelOf(named).ringLevels).toBe(true);
    expect(panelOf(named).rings.map((r) => r.text)).toEqual(WORDS.map((w, i) => `${i + 1} ${w}`));
    expectCleanLayout(named);
  });

  it('puts its words into the scale key when the rings show numbers, whole (as notes that fit)', () => {
    const small = layout({ ...fi, scale }, 400, 400, 'overlay');
    expect(panelOf(small).ringLevels).toBe(false);
    const notes = small.header.notes.map((n) => n.lines.join(' '));
    const key = notes.slice(notes.findIndex((n) => n.startsWith('Asteikko: ')));
    expect(key.length).toBeGreaterThan(1);
    expect(key.join(', ')).toBe(`Asteikko: ${WORDS.map((w, i) => `${i + 1} = ${w}`).join(', ')}`);
    for (const note of small.header.notes) expect(note.lines.join(' ')).not.toContain('…');
    expect(notes.join(' ')).not.toContain('Kohtalaisesti');
    expectCleanLayout(small);
  });

  it('keeps the 2024 scale key as one note without a scale', () => {
    const small = layout(fi, 400, 400, 'overlay');
    const notes = small.header.notes.map((n) => n.lines.join(' '));
    expect(notes.filter((n) => /\d = /.test(n))).toEqual([
      'Asteikko: 1 = Ei lainkaan, 2 = Heikosti, 3 = Kohtalaisesti, 4 = Hyvin, 5 = Erinomaisesti',
    ]);
  });

  it('checks the scale: each of 1–5 once with a label', () => {
    expect(validateRescueRadarData({ ...fi, scale }).ok).toBe(true);
    const twice = validateRescueRadarData({
      ...fi,
      scale: { levels: [...scale.levels.slice(0, 4), { value: 4, label: 'Hyvin' }] },
    });
    expect(twice.ok).toBe(false);
    if (twice.ok) return;
    expect(twice.problems).toEqual([
      'data.scale.levels[4] repeats the level 4',
      'data.scale has no level 5',
    ]);
  });
});
