import { checkIdAndLabel } from '../common/validation';
import type { Validation } from '../common/validation';
import type { ResponseCoverageData, ResponseCoverageItem } from './types';

/**
 * Checks ResponseCoverage data before drawing: an array whose entries each have a unique non-empty id, a
 * non-empty label and `answered` true or false. No entries → 'empty'. A population that is not a valid
 * number is not an error of the data: the chart still shows who answered and says the population share
 * cannot be computed (see summarizeCoverage). Never throws.
 */
export function validateResponseCoverageData(data: unknown): Validation<ResponseCoverageData> {
  if (!Array.isArray(data)) {
    return { ok: false, kind: 'invalid', problems: ['data is not an array'] };
  }
  const problems: string[] = [];
  const ids = new Set<string>();
  data.forEach((entry: unknown, i) => {
    const where = `data[${i}]`;
    if (!entry || typeof entry !== 'object') {
      problems.push(`${where} is not an object`);
      return;
    }
    const { id, answered } = entry as Partial<ResponseCoverageItem>;
    checkIdAndLabel(entry, where, ids, problems);
    if (typeof answered !== 'boolean') {
      problems.push(`${where} (${String(id)}) has answered ${String(answered)}, not true or false`);
    }
  });
  if (problems.length > 0) return { ok: false, kind: 'invalid', problems };
  if (data.length === 0) return { ok: false, kind: 'empty', problems: [] };
  return { ok: true, data: data as ResponseCoverageData };
}
