// RescueRadar compute helpers shared by tests/RescueRadar.compute and .series tests: the means as printed
// in 003_ae88570eab8abfd8.txt (detail page "Pelastustoimen palvelutasopäätös", goals 1–9), goal 6's text,
// the options, the shipped data, the layout with overrides, and an ILLUSTRATIVE data set.
import { survey2024 } from '@yhdyspinta/data';
import { computeRescueRadarLayout, defaultTheme, rescueRadarFromSurvey } from '@yhdyspinta/charts';
import type {
  RescueRadarData,
  RescueRadarLayoutInput,
  RescueRadarOptions,
} from '@yhdyspinta/charts';

export const PRINTED_MEANS = [3.3, 3.8, 3.8, 3.7, 3.2, 3.0, 3.2, 3.3, 3.3];
export const GOAL_6 = 'Paloriskikohteiden moniviranomaisyhteistyön kehittämiseen on panostettu.';

export const OPTIONS: RescueRadarOptions = {
  title: 'Pelastustoimen yhteistyötavoitteiden toteutuminen',
  hideTitle: false,
  illustrative: false,
  maxLabelLines: 4,
  showValues: true,
  legend: false,
  arrangement: 'auto',
};

export const fiData = rescueRadarFromSurvey(survey2024, 'fi');

export function layout(overrides: Partial<RescueRadarLayoutInput> = {}, options = {}) {
  return computeRescueRadarLayout({
    data: fiData,
    width: 800,
    height: 600,
    locale: 'fi',
    theme: defaultTheme,
    options: { ...OPTIONS, ...options },
    ...overrides,
  });
}

/** Illustrative (made-up) data: two series, one with a missing value, and 300-character labels. */
export const LONG =
  'Havainnollistava pitkä tavoiteteksti, joka kuvaa yhteistyötä kunnan, hyvinvointialueen ja ' +
  'pelastuslaitoksen välillä niin monisanaisesti, että se ei millään mahdu yhdelle tai kahdelle ' +
  'riville vaan vaatii useita rivejä ja lopulta katkaistaan kolmella pisteellä, jotta kaavio pysyy ' +
  'luettavana ja koko teksti näkyy työkaluvihjeessä.';
export const illustrative: RescueRadarData = {
  axes: Array.from({ length: 7 }, (_, i) => ({
    id: `a${i}`,
    label: i === 2 ? LONG : `Tavoite ${i + 1}`,
  })),
  series: [
    {
      id: 's1',
      label: 'Sarja A',
      values: { a0: 3.1, a1: 2.4, a2: 4.2, a3: null, a4: 1, a5: 5, a6: 3 },
    },
    {
      id: 's2',
      label: 'Sarja B',
      values: { a0: 3.3, a1: 2.6, a2: 4.0, a3: 3.9, a4: 1.2, a5: 4.8 },
    },
  ],
};
