// GoalBarChart's generated description with a previous survey round, through the public entry: what
// rose and fell since it, in fi/sv/en. The previous round's means are ILLUSTRATIVE (invented); the
// current means are the 2024 survey's as printed in 003_ae88570eab8abfd8.txt (goalBarFromSurvey).
import { describe, expect, it } from 'vitest';
import { survey2024 } from '@yhdyspinta/data';
import { goalBarFromSurvey, goalBarKeyFinding } from '@yhdyspinta/charts';
import type { GoalBarData } from '@yhdyspinta/charts';

/** Illustrative previous-round means by goal id (invented). */
const PREVIOUS = {
  'ws-1': 2.5,
  'ws-2': 2.4,
  'ss-1': 2.7,
  'ss-2': 2.0,
  'ss-3': 2.6,
  'ss-4': 2.5,
  adult: 2.3,
  older: 2.2,
  children: 2.4,
  disability: 1.9,
  rescue: 3.6,
} as const;
const LABEL = 'Kuntakysely 2021 (kuvitteellinen)';
const withPrevious = (locale: 'fi' | 'sv' | 'en' = 'fi') =>
  goalBarFromSurvey(survey2024, locale, { previous: PREVIOUS, previousLabel: LABEL });

describe('goalBarKeyFinding with a previous round', () => {
  it('says what rose and fell since it (fi)', () => {
    expect(goalBarKeyFinding(withPrevious('fi'), 'fi')).toBe(
      '11 tavoitetta asteikolla 1–5 (n = 6/10 kuntaa). ' +
        'Korkein keskiarvo 3,4: Pelastustoimen palvelutasopäätös. ' +
        'Matalin keskiarvo 2,1: ”Lasten, nuorten ja perheiden palvelut” ja ”Vammaispalvelut”. ' +
        `Edellisestä kierroksesta (${LABEL}) keskiarvo nousi 5 tavoitteella, laski 4 tavoitteella ` +
        'ja pysyi ennallaan 2 tavoitteella. ' +
        'Suurin nousu +0,5: Ikääntyneiden palvelut. ' +
        'Suurin lasku −0,3: ”Rakennetaan kuntien kanssa vaikuttavat palvelujen yhteistyömallit ' +
        'erityisesti lasten ja nuorten palveluissa, työllisyyden edistämisessä sekä ' +
        'maahanmuuttajapalveluissa.”, ”Vahvistamme perustason palveluihin pääsyä, kevennämme ' +
        'palvelurakennetta ja lisäämme sisäistä yhteistyötä.” ja ”Lasten, nuorten ja perheiden ' +
        'palvelut”.',
    );
  });

  /** Illustrative: one goal rose, one fell, one without a previous mean, one sub-goal (not counted). */
  const small: GoalBarData = {
    groups: [
      {
        id: 'g',
        label: 'G',
        items: [
          { id: 'a', label: 'A', value: 3.4, previous: 3.1 },
          {
            id: 'b',
            label: 'B',
            value: 2.2,
            previous: 2.4,
            children: [{ id: 'b1', label: 'B1', value: 1, previous: 5 }],
          },
          { id: 'c', label: 'C', value: 2.5, previous: null },
        ],
      },
    ],
  };

  it.each([
    [
      'fi',
      'Edellisestä kierroksesta keskiarvo nousi 1 tavoitteella ja laski 1 tavoitteella. ' +
        'Suurin nousu +0,3: A. Suurin lasku −0,2: B.',
    ],
    [
      'sv',
      'Jämfört med föregående omgång har medelvärdet stigit för 1 mål och sjunkit för 1 mål. ' +
        'Största ökning +0,3: A. Största minskning −0,2: B.',
    ],
    [
      'en',
      'Compared with the previous round, the mean rose for 1 goal and fell for 1 goal. ' +
        'Largest rise +0.3: A. Largest fall −0.2: B.',
    ],
  ] as const)('in %s, of the goals with both means', (locale, sentence) => {
    expect(goalBarKeyFinding(small, locale).endsWith(` ${sentence}`)).toBe(true);
  });

  it('adds nothing when no goal has both means', () => {
    const none: GoalBarData = {
      groups: [{ id: 'g', label: '', items: [{ id: 'a', label: 'A', value: 3, previous: null }] }],
    };
    expect(goalBarKeyFinding(none, 'fi')).toBe('1 tavoite asteikolla 1–5. Keskiarvo 3,0: A.');
  });
});
