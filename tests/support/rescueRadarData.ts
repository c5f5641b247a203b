/**
 * RescueRadar data shared by its describe tests (tests/RescueRadar.describe.test.ts, public, and
 * tests/internals/RescueRadar.describe.test.ts). Goal texts and means as printed in
 * 003_ae88570eab8abfd8.txt (2024 municipal survey, detail page "Pelastustoimen palvelutasopäätös");
 * the two series are illustrative (made up).
 */
import { survey2024 } from '@yhdyspinta/data';
import { rescueRadarFromSurvey } from '@yhdyspinta/charts';
import type { RescueRadarData } from '@yhdyspinta/charts';

export const fi = rescueRadarFromSurvey(survey2024, 'fi');
export const GOAL_2 =
  'Länsi-Uudenmaan pelastuslaitos on toiminut arvojensa (inhimillisesti, ammatillisesti, luotettavasti, yhteistyössä) mukaisesti.';
export const GOAL_3 = 'Olemme ottaneet kaksikielisyyden huomioon yhteistyössämme.';
export const GOAL_6 = 'Paloriskikohteiden moniviranomaisyhteistyön kehittämiseen on panostettu.';

/** Two illustrative series over the first three goals, one value missing. */
export const twoSeries: RescueRadarData = {
  axes: fi.axes.slice(0, 3),
  series: [
    { id: 'a', label: 'Lohja', values: { 'rescue.1': 4, 'rescue.2': 2, 'rescue.3': null } },
    { id: 'b', label: 'Vihti', values: { 'rescue.1': 3, 'rescue.2': 3, 'rescue.3': 3 } },
  ],
  base: { answered: 2, total: 10 },
};
