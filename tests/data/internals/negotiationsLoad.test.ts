// The memo loader (not exported): what it builds from a memo file, and the typos it refuses.
import { describe, expect, it } from 'vitest';
import { MEMO_SECTIONS } from '@yhdyspinta/data';
import { loadMemo } from '../../../packages/data/src/negotiations/load';
import type { MemoRecord } from '../../../packages/data/src/negotiations/load';

const record: MemoRecord = {
  municipalityId: 'hanko',
  file: 'memo.txt',
  date: '2025-02-01',
  time: { start: '13:00', end: '14:30' },
  place: 'Raatihuone',
  schedule: { locator: 'heading', printed: '1.2.2025 klo 13–14.30' },
  sections: 'espoo',
  participants: [
    {
      key: 'a',
      name: 'Anna A',
      role: { fi: 'Pj', sv: 'Ordf', en: 'Chair' },
      capacity: 'elected-leadership',
      section: 2,
      speaker: 1,
      printed: 'Pj Anna A puhui.',
    },
    {
      key: 'b',
      name: 'Bo B',
      role: { fi: 'Johtaja', sv: 'Direktör', en: 'Director' },
      capacity: 'executive-leadership',
      section: 3,
      speaker: 2,
      printed: 'Johtaja Bo B puhui.',
    },
  ],
  points: [
    { section: 2, speakers: ['a'], themes: ['employment'], text: 'One.' },
    { section: 3, speakers: ['b'], themes: ['premises', 'other'], text: 'Two.' },
    { section: 2, speakers: ['a'], themes: [], text: 'Three.' },
    { section: 4, speakers: [], themes: ['communication'], text: 'Four.' },
  ],
  actions: [
    {
      at: 'paragraph 2',
      text: 'Sovittiin.',
      status: 'agreed',
      proposedBy: { side: 'welfare-area', printed: 'Hyvinvointialue' },
      agreement: 'Sovittiin.',
    },
    { at: 'bullet 1', text: 'Aiotaan.', status: 'intended', proposedBy: null, agreement: null },
  ],
};

describe('loadMemo', () => {
  it('builds ids, bullets, sides and sources the same way for every memo', () => {
    expect(loadMemo(record)).toStrictEqual({
      id: 'negotiation-2025-hanko',
      municipalityId: 'hanko',
      date: '2025-02-01',
      time: { start: '13:00', end: '14:30' },
      place: 'Raatihuone',
      schedule: { file: 'memo.txt', locator: 'heading', printed: '1.2.2025 klo 13–14.30' },
      sections: MEMO_SECTIONS.espoo,
      participants: [
        {
          id: 'hanko-a',
          name: 'Anna A',
          role: { fi: 'Pj', sv: 'Ordf', en: 'Chair', unofficial: ['sv', 'en'] },
          side: 'municipality',
          capacity: 'elected-leadership',
          section: 2,
          source: {
            file: 'memo.txt',
            locator: 'section 2, speaker 1',
            printed: 'Pj Anna A puhui.',
          },
        },
        {
          id: 'hanko-b',
          name: 'Bo B',
          role: { fi: 'Johtaja', sv: 'Direktör', en: 'Director', unofficial: ['sv', 'en'] },
          side: 'welfare-area',
          capacity: 'executive-leadership',
          section: 3,
          source: {
            file: 'memo.txt',
            locator: 'section 3, speaker 2',
            printed: 'Johtaja Bo B puhui.',
          },
        },
      ],
      points: [
        {
          id: 'hanko-s2-b1',
          section: 2,
          bullet: 1,
          speakerIds: ['hanko-a'],
          side: 'municipality',
          themeIds: ['employment'],
          text: 'One.',
          source: { file: 'memo.txt', locator: 'section 2, bullet 1' },
        },
        {
          id: 'hanko-s3-b1',
          section: 3,
          bullet: 1,
          speakerIds: ['hanko-b'],
          side: 'welfare-area',
          themeIds: ['premises', 'other'],
          text: 'Two.',
          source: { file: 'memo.txt', locator: 'section 3, bullet 1' },
        },
        {
          id: 'hanko-s2-b2',
          section: 2,
          bullet: 2,
          speakerIds: ['hanko-a'],
          side: 'municipality',
          themeIds: [],
          text: 'Three.',
          source: { file: 'memo.txt', locator: 'section 2, bullet 2' },
        },
        {
          id: 'hanko-s4-b1',
          section: 4,
          bullet: 1,
          speakerIds: [],
          side: 'joint-discussion',
          themeIds: ['communication'],
          text: 'Four.',
          source: { file: 'memo.txt', locator: 'section 4, bullet 1' },
        },
      ],
      actions: [
        {
          id: 'hanko-s5-p2',
          text: 'Sovittiin.',
          status: 'agreed',
          proposedBy: { side: 'welfare-area', printed: 'Hyvinvointialue' },
          agreement: 'Sovittiin.',
          source: { file: 'memo.txt', locator: 'section 5, paragraph 2' },
        },
        {
          id: 'hanko-s5-b1',
          text: 'Aiotaan.',
          status: 'intended',
          proposedBy: null,
          agreement: null,
          source: { file: 'memo.txt', locator: 'section 5, bullet 1' },
        },
      ],
      source: { file: 'memo.txt', locator: 'whole memo' },
    });
  });

  it('keeps a memo without date, time, place or schedule as null, with the standard sections', () => {
    const memo = loadMemo({
      ...record,
      date: null,
      time: null,
      place: null,
      schedule: null,
      sections: 'standard',
    });
    expect([memo.date, memo.time, memo.place, memo.schedule]).toStrictEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(memo.sections).toBe(MEMO_SECTIONS.standard);
  });

  it.each([
    [{ municipalityId: 'Hanko' }, 'Unknown municipality: "Hanko"'],
    [{ sections: 'lohja' }, 'Unknown section layout: "lohja"'],
    [{ participants: [{ ...record.participants[0]!, section: 4 }] }, 'Unknown speaker section: 4'],
    [
      { participants: [{ ...record.participants[0]!, capacity: 'elected' }] },
      'Unknown capacity: "elected"',
    ],
    [{ points: [{ section: 5, speakers: [], themes: [], text: '' }] }, 'Unknown point section: 5'],
    [
      { points: [{ section: 4, speakers: [], themes: ['health'], text: '' }] },
      'Unknown theme: "health"',
    ],
    [
      { points: [{ section: 2, speakers: ['c'], themes: [], text: '' }] },
      'Not a speaker of section 2: "c"',
    ],
    [
      { points: [{ section: 3, speakers: ['a'], themes: [], text: '' }] },
      'Not a speaker of section 3: "a"',
    ],
    [
      { points: [{ section: 4, speakers: ['a'], themes: [], text: '' }] },
      'Not a speaker of section 4: "a"',
    ],
    [{ actions: [{ ...record.actions[0]!, status: 'done' }] }, 'Unknown action status: "done"'],
    [
      {
        actions: [{ ...record.actions[0]!, proposedBy: { side: 'joint-discussion', printed: '' } }],
      },
      'Unknown side: "joint-discussion"',
    ],
    [
      { actions: [{ ...record.actions[0]!, at: 'bullet1' }] },
      'Not a place in section 5: "bullet1"',
    ],
    [{ actions: [{ ...record.actions[0]!, at: 'item 1' }] }, 'Not a place in section 5: "item 1"'],
    [
      { actions: [{ ...record.actions[0]!, at: 'a bullet 1' }] },
      'Not a place in section 5: "a bullet 1"',
    ],
    [
      { actions: [{ ...record.actions[0]!, at: 'bullet 0' }] },
      'Not a place in section 5: "bullet 0"',
    ],
    [
      { actions: [{ ...record.actions[0]!, at: 'paragraph 1 ' }] },
      'Not a place in section 5: "paragraph 1 "',
    ],
  ] satisfies [Partial<MemoRecord>, string][])('refuses %j: %s', (change, message) => {
    expect(() => loadMemo({ ...record, ...change })).toThrow(new Error(message));
  });
});
