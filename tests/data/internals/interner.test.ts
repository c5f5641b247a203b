// The importers' interners (responses/keys.ts), a Map's and the compact table's: names numbered 0, 1,
// 2, … in order of first sight, each looked up again to the same number and the same shared string,
// across the growth of the table.
import { describe, expect, it } from 'vitest';
import { createInterner } from '../../../packages/data/src/responses/keys';

describe.each([
  ['a Map', false],
  ['the compact table', true],
])('createInterner looking names up in %s', (_, compact) => {
  it('numbers names in order of first sight and finds each again after the table has grown', () => {
    const interner = createInterner(compact);
    const names = Array.from({ length: 5000 }, (_, i) => `V${String(i).padStart(7, '0')}`);
    names.push('', 'ä', 'Ä', '\u0000', 'a\u0000', 'ws-1', 'WS-1', 'Esbo', 'espoo');
    names.forEach((name, i) => expect(interner.index(name)).toBe(i));
    expect(interner.count()).toBe(names.length);
    // In reverse (so the last-name shortcut never answers) and as fresh strings equal to the first.
    for (let i = names.length - 1; i >= 0; i--) {
      const again = `${names[i] ?? ''}`.split('').join('');
      expect(interner.index(again)).toBe(i);
      expect(interner.name(i)).toBe(names[i]);
    }
    expect(interner.count()).toBe(names.length);
    expect(interner.name(names.length)).toBe('');
    expect(interner.name(-1)).toBe('');
  });

  it('gives the first string seen for an equal name', () => {
    const interner = createInterner(compact);
    const text = 'respondent-0000001;respondent-0000001';
    const first = text.slice(0, 18);
    expect(interner.shared(first)).toBe(first);
    expect(interner.shared(text.slice(19))).toBe(first);
    expect(interner.index(text.slice(19))).toBe(0);
    expect(interner.count()).toBe(1);
  });
});
