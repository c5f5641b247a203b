/**
 * Small whole numbers for the names a parser meets (municipality ids, item ids, respondents), so that a
 * (respondent, municipality, item) triple is three small numbers in the duplicate check (claims.ts)
 * rather than a new string per row, and a respondent's id is one shared string however many rows name it.
 */
export interface Interner {
  /** The number of `name` (0, 1, 2, … in order of first sight). */
  index(name: string): number;
  /** The first string seen equal to `name` (so equal names share one string). */
  shared(name: string): string;
}

export function createInterner(): Interner {
  const indexes = new Map<string, number>();
  const names: string[] = [];
  const index = (name: string) => {
    let n = indexes.get(name);
    if (n === undefined) {
      n = names.length;
      indexes.set(name, n);
      names.push(name);
    }
    return n;
  };
  return { index, shared: (name) => names[index(name)] ?? name };
}
