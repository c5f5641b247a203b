/**
 * Tables of the Introduction page drawn from the shipped data, so the docs cannot drift from it:
 * the rating scale and which municipalities answered the 2024 survey.
 */
import { coverageOf, municipalityById, survey2024 } from '@yhdyspinta/data';
import type { MunicipalityId } from '@yhdyspinta/data';
import { DocTable } from './DocTable';

function finnishName(id: MunicipalityId): string {
  return municipalityById(id)?.name.fi ?? id;
}

/** The 1–5 scale: value, Finnish label as published, and the Swedish and English translations. */
export function ScaleTable() {
  return (
    <DocTable
      head={['value', 'Finnish (as published)', 'Swedish', 'English']}
      numeric={[0]}
      rows={survey2024.scale.levels.map((level) => [
        level.value,
        level.label.fi,
        level.label.sv,
        level.label.en,
      ])}
    />
  );
}

/** Who answered ("Kyllä") and who did not by the deadline ("Ei vastausta määräajassa"). */
export function CoverageTable() {
  const { answeredIds, missingIds } = coverageOf(survey2024);
  const length = Math.max(answeredIds.length, missingIds.length);
  const rows = Array.from({ length }, (_, index) => {
    const answered = answeredIds[index];
    const missing = missingIds[index];
    return [answered ? finnishName(answered) : '', missing ? finnishName(missing) : ''];
  });
  return (
    <DocTable
      head={[
        <>
          answered (<i>Kyllä</i>): {answeredIds.length}
        </>,
        <>
          no answer by the deadline (<i>Ei vastausta määräajassa</i>): {missingIds.length}
        </>,
      ]}
      rows={rows}
    />
  );
}
