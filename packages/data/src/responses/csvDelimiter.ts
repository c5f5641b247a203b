/**
 * Detecting the delimiter from the header line: the most frequent of `;`, tab and `,` outside quotes on
 * the first line that has anything besides those and whitespace (Finnish spreadsheets export `;`). A
 * file with no such line (e.g. only ";;" lines) is judged on all its lines. Ties prefer `;`, then tab,
 * then `,`; no candidate at all (a single column) gives `,`.
 */
import type { CsvDelimiter } from './types';

const CANDIDATES: readonly CsvDelimiter[] = [';', '\t', ','];

type Counts = Map<string, number>;

function mostFrequent(counts: Counts): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = counts.get(candidate) ?? 0;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

export function detectDelimiter(text: string): CsvDelimiter {
  const line: Counts = new Map();
  const total: Counts = new Map();
  let inQuotes = false;
  let hasContent = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    if (!inQuotes && (ch === '\r' || ch === '\n')) {
      if (hasContent) return mostFrequent(line);
      line.clear();
      continue;
    }
    if (!inQuotes && CANDIDATES.includes(ch as CsvDelimiter)) {
      line.set(ch, (line.get(ch) ?? 0) + 1);
      total.set(ch, (total.get(ch) ?? 0) + 1);
    } else if (ch.trim() !== '') {
      hasContent = true;
    }
  }
  return mostFrequent(hasContent ? line : total);
}
