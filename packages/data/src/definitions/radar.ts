/**
 * A survey's radar (`radar` in its definition): which items a RescueRadar of the survey's responses
 * draws as its axes — a section's questions (each goal's sub-goals, or the goal where it is rated
 * directly), or goals and sub-goals listed by id (a goal with sub-goals is drawn as its mean) — and its
 * series: the area's mean, or one per municipality.
 */
import { join } from './read';
import type { Reader } from './read';
import type { RadarDefinition, SectionDefinition } from './types';

const RADAR_FIELDS = ['section', 'items', 'series'];
const SERIES: readonly RadarDefinition['series'][] = ['mean', 'municipalities'];
/** A radar needs three axes to be a polygon. */
const MIN_AXES = 3;

/** The rated items of a section: each goal's sub-goals, or the goal itself where it has none. */
export function sectionItems(section: SectionDefinition): string[] {
  return section.goals.flatMap((goal) =>
    goal.subGoals.length > 0 ? goal.subGoals.map((sub) => sub.id) : [goal.id],
  );
}

/** Validates `radar` against the survey's sections (already read); undefined when absent or invalid. */
export function readRadar(
  reader: Reader,
  value: unknown,
  path: string,
  sections: readonly SectionDefinition[],
): RadarDefinition | undefined {
  const record = reader.object(value, path, RADAR_FIELDS, []);
  if (record === undefined) return undefined;
  const before = reader.problems.length;
  const series =
    record.series === undefined ? 'mean' : reader.text(record.series, join(path, 'series'));
  if (series !== undefined && !(SERIES as readonly string[]).includes(series)) {
    reader.report('invalid-choice', join(path, 'series'), {
      value: series,
      other: SERIES.join(', '),
    });
  }
  if ((record.section === undefined) === (record.items === undefined)) {
    reader.report('radar-axes', path);
    return undefined;
  }
  let items: string[] = [];
  let section: string | undefined;
  if (record.section !== undefined) {
    const at = join(path, 'section');
    section = reader.id(record.section, at);
    const found = sections.find((s) => s.id === section);
    if (section !== undefined && found === undefined) {
      reader.report('unknown-reference', at, { value: section });
    }
    items = found ? sectionItems(found) : [];
  } else {
    const known = new Set(
      sections.flatMap((s) => s.goals.flatMap((g) => [g.id, ...g.subGoals.map((sub) => sub.id)])),
    );
    const at = join(path, 'items');
    const list = reader.list(record.items, at) ?? [];
    list.forEach((item, i) => {
      const id = reader.id(item, join(at, i));
      if (id !== undefined && !known.has(id))
        reader.report('unknown-reference', join(at, i), { value: id });
      else if (id !== undefined && items.includes(id))
        reader.report('duplicate-id', join(at, i), {
          value: id,
          other: join(at, items.indexOf(id)),
        });
      else if (id !== undefined) items.push(id);
    });
  }
  if (reader.problems.length > before) return undefined;
  if (items.length < MIN_AXES) {
    reader.report('too-few-axes', path, { value: String(items.length), min: MIN_AXES });
    return undefined;
  }
  return {
    ...(section === undefined ? {} : { section }),
    items,
    series: series as RadarDefinition['series'],
  };
}
