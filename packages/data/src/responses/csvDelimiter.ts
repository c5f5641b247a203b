/**
 * Detecting the delimiter from the first lines: of `;`, tab and `,` (counted outside quotes), the one
 * that appears on the header line (the first line with anything besides those and whitespace) the same
 * number of times on every sampled line that follows (up to 20 lines) — a survey tool's question texts
 * may hold commas, but only the true delimiter is on every row as often as on the header. If none is
 * that consistent, the most frequent on the header line (Finnish spreadsheets export `;`). A file with
 * no such line (e.g. only ";;" lines) is judged on all its lines. Ties prefer `;`, then tab, then `,`;
 * no candidate at all (a single column) gives `,`.
 */
import type { CsvDelimiter } from './types';

const CANDIDATES: readonly CsvDelimiter[] = [';', '\t', ','];
const SAMPLED_LINES = 20;

type Counts = Map<string, number>;

function mostFrequent(counts: Counts, allowed: readonly CsvDelimiter[] = CANDIDATES): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const candidate of allowed) {
    const count = counts.get(candidate) ?? 0;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Per line with content, the counts of each candidate outside quotes (at most `limit` lines); `full`:
 * the limit was reached (so more text after `text` would change nothing).
 */
function lineCounts(
  text: string,
  limit: number,
): { lines: Counts[]; total: Counts; full: boolean } {
  const lines: Counts[] = [];
  const total: Counts = new Map();
  let line: Counts = new Map();
  let inQuotes = false;
  let hasContent = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    if (!inQuotes && (ch === '\r' || ch === '\n')) {
      if (hasContent) {
        lines.push(line);
        if (lines.length >= limit) return { lines, total, full: true };
      }
      line = new Map();
      hasContent = false;
      continue;
    }
    if (!inQuotes && CANDIDATES.includes(ch as CsvDelimiter)) {
      line.set(ch, (line.get(ch) ?? 0) + 1);
      total.set(ch, (total.get(ch) ?? 0) + 1);
    } else if (ch.trim() !== '') {
      hasContent = true;
    }
  }
  if (hasContent) lines.push(line);
  return { lines, total, full: false };
}

export function detectDelimiter(text: string): CsvDelimiter {
  return delimiterOfStart(text, true) ?? ',';
}

/**
 * The delimiter of a text that begins with `start` (all of it if `whole`): undefined while the start
 * is too short to decide as `detectDelimiter` would on the whole text.
 */
export function delimiterOfStart(start: string, whole: boolean): CsvDelimiter | undefined {
  const { lines, total, full } = lineCounts(start, SAMPLED_LINES + 1);
  if (!full && !whole) return undefined;
  const [header, ...rows] = lines;
  if (header === undefined) return mostFrequent(total);
  const consistent = CANDIDATES.filter((candidate) => {
    const count = header.get(candidate) ?? 0;
    return count > 0 && rows.length > 0 && rows.every((row) => (row.get(candidate) ?? 0) === count);
  });
  return consistent.length > 0 ? mostFrequent(header, consistent) : mostFrequent(header);
}
