// ILLUSTRATIVE data of ResponseCoverage's stories: invented populations, raw answers and respondent
// units (the sources give none of these).
import { responseCoverageFromResponses } from '@yhdyspinta/charts';
import type { MunicipalityPopulations, ResponseCoverageData } from '@yhdyspinta/charts';
import { MUNICIPALITY_IDS, parseResponsesCsv } from '@yhdyspinta/data';
import type { Locale } from '@yhdyspinta/data';

/**
 * ILLUSTRATIVE populations, made up by a seeded generator (the sources give no populations and the
 * library ships none): deterministic, round to the hundred, and never to be read as real figures.
 */
function illustrativePopulations(seed: number): MunicipalityPopulations {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return Object.fromEntries(
    MUNICIPALITY_IDS.map((id) => [id, Math.round((2000 + next() * 60000) / 100) * 100]),
  );
}

export const POPULATIONS = illustrativePopulations(2024);

/**
 * ILLUSTRATIVE raw answers, parsed by @yhdyspinta/data: Lohja and Karkkila rate items; Hanko answers only
 * "EOS" (cannot say), so it counts as not answered; the other municipalities are absent.
 */
export const illustrativeCsv = [
  'kunta;kohta;arvio',
  'Lohja;ws-1;2',
  'Lohja;ws-2;3',
  'Karkkila;ws-1;3',
  'Karkkila;ws-2;EOS',
  'Hanko;ws-1;EOS',
  'Hanko;ws-2;EOS',
].join('\n');

export function fromRawResponses(locale: Locale): ResponseCoverageData {
  const { responses } = parseResponsesCsv(illustrativeCsv);
  return responseCoverageFromResponses(responses, {
    locale,
    municipalityIds: ['lohja', 'karkkila', 'hanko'],
  });
}

/** ILLUSTRATIVE: 24 made-up respondent units with long, wrapping names (deterministic). */
export const manyItems: ResponseCoverageData = Array.from({ length: 24 }, (_, i) => ({
  id: `unit-${i + 1}`,
  label:
    i % 3 === 0
      ? `Esimerkkikunnan sosiaali- ja terveyspalvelujen yhteistyöryhmä ${i + 1}`
      : i % 3 === 1
        ? `Exempelkommunens samarbetsgrupp ${i + 1}`
        : `Esimerkki ${i + 1}`,
  answered: (i * 7) % 5 < 3,
}));
