// RescueRadar's axis labels wrapped for its label fitter, without React (RescueRadar/labelWrap.ts): as
// wrapText wraps and cuts them, with two cut labels that would read alike shown by their ends, and notes
// after a label, never cut. Goal texts from the 2024 survey; the notes and the other labels made up.
import { describe, expect, it } from 'vitest';
import { createLabelWrapper } from '../../packages/charts/src/RescueRadar/labelWrap';
import { measureText } from '../../packages/charts/src/text/measureText';
import { wrapText } from '../../packages/charts/src/text/wrapText';
import { GOAL_2, GOAL_6 } from '../support/rescueRadarData';

const FONT = 12;
const LINE = 16;

describe('RescueRadar label wrapping', () => {
  it('wraps and cuts as wrapText does, with the widest line’s width and the lines’ height', () => {
    const wrap = createLabelWrapper([GOAL_2, 'Lyhyt'], FONT, LINE, [], 'fi');
    for (const maxLines of [1, 2, 3, 10]) {
      const [long, short] = wrap(140, maxLines);
      const expected = wrapText(GOAL_2, { maxWidth: 140, fontSize: FONT, maxLines, locale: 'fi' });
      expect(long!.lines, String(maxLines)).toEqual(expected.lines);
      expect(long!.truncated).toBe(expected.truncated);
      expect(long!.noteFrom).toBe(expected.lines.length);
      expect(long!.height).toBe(expected.lines.length * LINE);
      expect(long!.width).toBe(Math.max(...expected.lines.map((l) => measureText(l, FONT))));
      expect(short).toEqual({
        lines: ['Lyhyt'],
        noteFrom: 1,
        truncated: false,
        width: measureText('Lyhyt', FONT),
        height: LINE,
      });
    }
  });

  it('answers a width and line count asked again with the same labels', () => {
    const wrap = createLabelWrapper([GOAL_2], FONT, LINE);
    const first = wrap(120, 2);
    expect(wrap(120, 2)).toBe(first);
    expect(wrap(120, 3)).not.toBe(first);
    expect(wrap(120, 3)[0]!.lines.length).toBe(3);
    expect(wrap(200, 2)[0]!.lines).not.toEqual(first[0]!.lines);
  });

  it('shows two different labels that would be cut alike by their ends', () => {
    const start = 'Yhteistyö pelastuslaitoksen kanssa on sujunut hyvin';
    const a = `${start} valvonnassa ja neuvonnassa.`;
    const b = `${start} onnettomuuksien ehkäisyssä.`;
    const wrap = createLabelWrapper([a, b, a], FONT, LINE);
    const [first, second, third] = wrap(120, 2);
    expect(first!.truncated && second!.truncated).toBe(true);
    expect(first!.lines).not.toEqual(second!.lines);
    expect(first!.lines.at(-1)).toMatch(/^….*neuvonnassa\.$/);
    expect(second!.lines.at(-1)).toMatch(/^….*ehkäisyssä\.$/);
    // The first line is kept; the end fits the width.
    const full = wrapText(a, { maxWidth: 120, fontSize: FONT }).lines;
    expect(first!.lines[0]).toBe(full[0]);
    for (const line of [...first!.lines, ...second!.lines]) {
      expect(measureText(line, FONT)).toBeLessThanOrEqual(120);
    }
    // The same label twice reads the same (nothing to tell apart).
    expect(third!.lines).toEqual(first!.lines);
    // Alone, a label is cut at its start as wrapText cuts it.
    const [alone] = createLabelWrapper([a], FONT, LINE)(120, 2);
    expect(alone!.lines).toEqual(wrapText(a, { maxWidth: 120, fontSize: FONT, maxLines: 2 }).lines);
    expect(alone!.lines.at(-1)).toMatch(/…$/);
  });

  it('puts a label’s note after its lines, whole, and leaves labels without one alone', () => {
    const wrap = createLabelWrapper([GOAL_6, 'Lyhyt', 'Kolmas'], FONT, LINE, [
      'ei tietoa: Lohja, Vihti, Karkkila, Siuntio ja Inkoo',
      null,
      '',
    ]);
    const [noted, plain, empty] = wrap(120, 1);
    const own = wrapText(GOAL_6, { maxWidth: 120, fontSize: FONT, maxLines: 1 }).lines;
    const note = wrapText('ei tietoa: Lohja, Vihti, Karkkila, Siuntio ja Inkoo', {
      maxWidth: 120,
      fontSize: FONT,
    }).lines;
    expect(note.length).toBeGreaterThan(1);
    expect(noted!.lines).toEqual([...own, ...note]);
    expect(noted!.noteFrom).toBe(1);
    expect(noted!.truncated).toBe(true);
    expect(noted!.height).toBe((1 + note.length) * LINE);
    expect(plain!.lines).toEqual(['Lyhyt']);
    expect(empty!.lines).toEqual(['Kolmas']);
    expect(empty!.noteFrom).toBe(1);
  });

  it('is at least a pixel wide, even for an empty label', () => {
    const [empty] = createLabelWrapper([''], FONT, LINE)(100, 2);
    expect(empty!.width).toBe(1);
  });
});
