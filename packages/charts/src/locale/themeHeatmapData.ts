import type { Locale } from '@yhdyspinta/data';
import type { CountNoun } from './themeHeatmap';
import { resolveLocale } from './resolve';

/**
 * Texts that the heatmap's data adapters write into HeatmapData (themeHeatmapFromThemeCounts,
 * themeHeatmapFromResponses): notes, axis titles, value names. Apart from the chart's own texts so that a
 * bundle of the chart with its data passed in carries none of them.
 */
export interface ThemeHeatmapDataMessages {
  /** Notes of the shipped data: what the numbers are, and the memo coverage ("3/10"). */
  readonly memoNote: string;
  readonly memoCoverage: (count: string) => string;
  /** Lead of the note naming the municipalities with no memo ("Ei muistiota 7 kunnalta"). */
  readonly noMemo: (count: string) => string;
  /** Axis titles of the adapters' matrices. */
  readonly municipalityTitle: string;
  readonly themeTitle: string;
  readonly goalTitle: string;
  /** Legend title / tooltip value label of memo point counts. */
  readonly pointsLegendTitle: string;
  /** "1 kirjaus", "3 kirjausta". */
  readonly pointsNoun: CountNoun;
  /** Tooltip heading of the memo points of a cell (with "(suomeksi)" where the UI is not Finnish). */
  readonly sourcePoints: string;
}

export const THEME_HEATMAP_DATA_MESSAGES: Readonly<Record<Locale, ThemeHeatmapDataMessages>> = {
  fi: {
    memoNote: 'Teemaan luokitellut kirjaukset 14 §:n neuvottelujen muistioissa 2025',
    memoCoverage: (count) => `Muistio on lähteissä ${count} kunnasta; muilta ei tietoa`,
    noMemo: (count) => `Ei muistiota ${count} kunnalta`,
    municipalityTitle: 'Kunta',
    themeTitle: 'Teema',
    goalTitle: 'Tavoite',
    pointsLegendTitle: 'Kirjauksia',
    pointsNoun: { one: 'kirjaus', other: 'kirjausta' },
    sourcePoints: 'Muistion kirjaukset',
  },
  sv: {
    memoNote:
      // A no-break space keeps "14 §" together ("§ 2025" began a line at 320 px).
      'Punkter klassificerade per tema i promemoriorna från förhandlingarna enligt 14\u00a0§ 2025',
    memoCoverage: (count) =>
      `Källorna har en promemoria från ${count} kommuner; för övriga saknas uppgift`,
    noMemo: (count) => `Ingen promemoria från ${count} kommuner`,
    municipalityTitle: 'Kommun',
    themeTitle: 'Tema',
    goalTitle: 'Mål',
    pointsLegendTitle: 'Punkter',
    pointsNoun: { one: 'punkt', other: 'punkter' },
    sourcePoints: 'Promemorians punkter (på finska)',
  },
  en: {
    memoNote: 'Points coded to each theme in the memos of the 2025 section 14 negotiations',
    memoCoverage: (count) =>
      `The sources have a memo for ${count} municipalities; no data for the others`,
    noMemo: (count) => `No memo from ${count} municipalities`,
    municipalityTitle: 'Municipality',
    themeTitle: 'Theme',
    goalTitle: 'Goal',
    pointsLegendTitle: 'Points',
    pointsNoun: { one: 'point', other: 'points' },
    sourcePoints: 'Memo points (in Finnish)',
  },
};

/** The adapters' texts in `locale` (Finnish for an unsupported value). */
export function themeHeatmapDataMessages(locale: Locale): ThemeHeatmapDataMessages {
  return THEME_HEATMAP_DATA_MESSAGES[resolveLocale(locale)];
}
