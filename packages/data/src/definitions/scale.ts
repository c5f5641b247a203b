/** The survey's scale and word lists: levels one per whole number from min to max, words unique. */
import { normalizeText } from './normalize';
import { join } from './read';
import type { Reader, UniqueKeys } from './read';
import type { LocalizedWords, ScaleDefinition, ScaleLevelDefinition } from './types';

/** The widest scale accepted (max − min), e.g. 0–10. */
export const MAX_SCALE_SPAN = 10;

const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/** { fi: [...], sv: [...], en: [...] }: each a list of texts (non-empty lists when `nonEmpty`). */
export function readWords(
  reader: Reader,
  value: unknown,
  path: string,
  seen: UniqueKeys,
  nonEmpty: boolean,
): LocalizedWords | undefined {
  const record = reader.object(value, path, ['fi', 'sv', 'en']);
  if (record === undefined) return undefined;
  const lists: Partial<Record<'fi' | 'sv' | 'en', string[]>> = {};
  // A word may repeat within one record (the same word in fi and sv), not across two records.
  const own = new Set<string>();
  for (const locale of ['fi', 'sv', 'en'] as const) {
    const at = join(path, locale);
    const list = reader.list(record[locale], at, nonEmpty);
    if (list === undefined) continue;
    const words: string[] = [];
    list.forEach((word, i) => {
      const text = reader.text(word, join(at, i));
      if (text === undefined) return;
      const key = normalizeText(text);
      if (NUMBER.test(key)) reader.report('number-word', join(at, i), { value: text });
      else if (!own.has(key)) {
        own.add(key);
        seen.claim(key, join(at, i), text);
      }
      words.push(text);
    });
    lists[locale] = words;
  }
  const { fi, sv, en } = lists;
  return fi && sv && en ? { fi, sv, en } : undefined;
}

export function readScale(
  reader: Reader,
  value: unknown,
  path: string,
  words: UniqueKeys,
): ScaleDefinition | undefined {
  const record = reader.object(value, path, ['min', 'max', 'levels']);
  if (record === undefined) return undefined;
  const min = reader.wholeNumber(record.min, join(path, 'min'));
  const max = reader.wholeNumber(record.max, join(path, 'max'));
  const rangeOk =
    min !== undefined && max !== undefined && min < max && max - min <= MAX_SCALE_SPAN;
  if (min !== undefined && max !== undefined && !rangeOk) {
    reader.report('scale-range', path, { min, max });
  }
  const levelsPath = join(path, 'levels');
  const list = reader.list(record.levels, levelsPath) ?? [];
  const byValue = new Map<number, string>();
  const levels: ScaleLevelDefinition[] = [];
  list.forEach((level, i) => {
    const at = join(levelsPath, i);
    const item = reader.object(level, at, ['value', 'words']);
    if (item === undefined) return;
    const v = reader.wholeNumber(item.value, join(at, 'value'));
    const levelWords = readWords(reader, item.words, join(at, 'words'), words, true);
    if (v !== undefined && rangeOk && (v < min || v > max)) {
      reader.report('level-outside-scale', join(at, 'value'), { value: String(v), min, max });
    } else if (v !== undefined && byValue.has(v)) {
      reader.report('duplicate-level', join(at, 'value'), {
        value: String(v),
        other: byValue.get(v),
      });
    } else if (v !== undefined) byValue.set(v, join(at, 'value'));
    if (v !== undefined && levelWords !== undefined) levels.push({ value: v, words: levelWords });
  });
  if (!rangeOk) return undefined;
  for (let v = min; v <= max; v += 1) {
    if (!byValue.has(v)) reader.report('level-missing', levelsPath, { value: String(v) });
  }
  return { min, max, levels };
}
