// The survey goals' loader and the survey's source helpers (not exported).
import { describe, expect, it } from 'vitest';
import { SURVEY_2024_FILE, survey2024 } from '@yhdyspinta/data';
import { goalOf, goals, itemOf, rescueGoal } from '../../../packages/data/src/survey2024/goals';
import { mean, ref, sourced } from '../../../packages/data/src/survey2024/source';
import { oneOf } from '../../../packages/data/src/check';

const FILE = SURVEY_2024_FILE;

describe('itemOf', () => {
  it('parses the printed mean and adds the translation marks', () => {
    expect(
      itemOf({ id: 'x', mean: '3,4', locator: 'row 1', text: ['fi', 'sv', 'en'] }),
    ).toStrictEqual({
      id: 'x',
      text: { fi: 'fi', sv: 'sv', en: 'en', unofficial: ['sv', 'en'] },
      mean: { value: 3.4, source: { file: FILE, locator: 'row 1', printed: '3,4' } },
    });
  });

  it.each([[['fi', 'sv']], [['fi', 'sv', 'en', 'de']], [[]]])('refuses the text %j', (text) => {
    expect(() => itemOf({ id: 'x.1', mean: '3,4', locator: 'l', text })).toThrow(
      new Error('Not [fi, sv, en]: the text of x.1'),
    );
  });
});

describe('goalOf', () => {
  const base = { id: 'g', mean: '2,0', locator: 'row', text: ['a', 'b', 'c'], subGoals: [] };

  it('keeps printedSubGoalCount and detailMean only where the record has them, in this key order', () => {
    const goal = goalOf({
      ...base,
      sectionId: 'older-people',
      printedSubGoalCount: 1,
      detailMean: { mean: '2,1', locator: 'detail' },
      subGoals: [{ id: 'g.1', mean: '5,0', locator: 'sub', text: ['d', 'e', 'f'] }],
    });
    expect(Object.keys(goal)).toStrictEqual([
      'id',
      'text',
      'mean',
      'sectionId',
      'printedSubGoalCount',
      'detailMean',
      'subGoals',
    ]);
    expect(goal.printedSubGoalCount).toBe(1);
    expect(goal.detailMean).toStrictEqual({
      value: 2.1,
      source: { file: FILE, locator: 'detail', printed: '2,1' },
    });
    expect(goal.subGoals.map((sub) => [sub.id, sub.mean.value, sub.text.en])).toStrictEqual([
      ['g.1', 5, 'f'],
    ]);
    const bare = goalOf({ ...base, sectionId: 'rescue-service' });
    expect(Object.keys(bare)).toStrictEqual(['id', 'text', 'mean', 'sectionId', 'subGoals']);
  });

  it('refuses a section the survey does not have', () => {
    expect(() => goalOf({ ...base, sectionId: 'rescue' })).toThrow(
      new Error('Unknown survey section: "rescue"'),
    );
  });

  it('loads the 11 shipped goals; the rescue goal is the one of section rescue-service', () => {
    expect(goals).toBe(survey2024.goals);
    expect(goals).toHaveLength(11);
    expect(rescueGoal).toBe(goals[10]);
    expect(rescueGoal.sectionId).toBe('rescue-service');
    expect(survey2024.rescueGoals).toBe(rescueGoal.subGoals);
  });
});

describe('survey source helpers', () => {
  it('mean: a one-decimal printed mean from 1,0 to 5,9', () => {
    expect(mean('1,0', 'a')).toStrictEqual({
      value: 1,
      source: { file: FILE, locator: 'a', printed: '1,0' },
    });
    expect(mean('5,9', 'b').value).toBe(5.9);
    for (const printed of ['0,9', '6,0', '2.7', '2,75', ' 2,7', '2,7 ', '27', '']) {
      expect(() => mean(printed, 'c')).toThrow(
        new Error(`Not a printed one-decimal mean: "${printed}"`),
      );
    }
  });

  it('ref: the printed form only when given', () => {
    expect(ref('here')).toStrictEqual({ file: FILE, locator: 'here' });
    expect(Object.keys(ref('here'))).toStrictEqual(['file', 'locator']);
    expect(ref('here', '')).toStrictEqual({ file: FILE, locator: 'here', printed: '' });
  });

  it('sourced: the Finnish text is the printed form', () => {
    expect(sourced('loc', 'fi', 'sv', 'en')).toStrictEqual({
      fi: 'fi',
      sv: 'sv',
      en: 'en',
      unofficial: ['sv', 'en'],
      source: { file: FILE, locator: 'loc', printed: 'fi' },
    });
  });
});

describe('oneOf', () => {
  it('returns the allowed value, and names what and the value otherwise', () => {
    expect(oneOf(['a', 'b'], 'b', 'letter')).toBe('b');
    expect(oneOf([2, 3], 3, 'section')).toBe(3);
    expect(() => oneOf([2, 3], '2', 'section')).toThrow(new Error('Unknown section: "2"'));
    expect(() => oneOf([], 'x', 'thing')).toThrow(new Error('Unknown thing: "x"'));
  });
});
