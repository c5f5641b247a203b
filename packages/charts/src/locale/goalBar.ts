import type { Locale } from '@yhdyspinta/data';
import { resolveLocale } from './resolve';
import type { FindingGroup, GoalBarMessages } from './messageTypes';

/** One label as is; several quoted (goal texts contain commas and "ja"): ”A”, ”B” ja ”C”. */
function names(group: FindingGroup, and: string, open: string, close: string): string {
  const { labels } = group;
  if (labels.length <= 1) return labels[0] ?? '';
  const quoted = labels.map((l) => `${open}${l}${close}`);
  return `${quoted.slice(0, -1).join(', ')} ${and} ${quoted[quoted.length - 1]}`;
}

/** Texts of GoalBarChart. */
export const GOAL_BAR_MESSAGES: Readonly<Record<Locale, GoalBarMessages>> = {
  fi: {
    title: 'Strategisten yhteistyötavoitteiden toteutuminen kuntien arvioimana',
    itemsLabel: 'Tavoitteiden keskiarvot',
    sectionColumn: 'Osio',
    goalColumn: 'Tavoite',
    meanColumn: 'Keskiarvo (1–5)',
    subGoal: 'Alatavoite',
    allGoalsMean: 'Kaikkien tavoitteiden keskiarvo',
    keyFinding: ({ count, highest, lowest, base }) =>
      `${count} tavoitetta asteikolla 1–5${base ? ` (${base})` : ''}. ` +
      `Korkein keskiarvo ${highest.value}: ${names(highest, 'ja', '”', '”')}. ` +
      `Matalin keskiarvo ${lowest.value}: ${names(lowest, 'ja', '”', '”')}.`,
    summary: {
      caption: (count) =>
        `Tavoitteita on ${count}, joten taulukossa on osiokohtainen yhteenveto; yksittäiset arvot saa kaaviosta nuolinäppäimillä.`,
      noSection: 'Kaikki tavoitteet',
      withData: 'Tavoitteita, joilla arvo',
      min: 'Pienin',
      max: 'Suurin',
      mean: 'Keskiarvo',
    },
  },
  sv: {
    title: 'Hur de strategiska samarbetsmålen har uppnåtts enligt kommunerna',
    itemsLabel: 'Målens medelvärden',
    sectionColumn: 'Avsnitt',
    goalColumn: 'Mål',
    meanColumn: 'Medelvärde (1–5)',
    subGoal: 'Delmål',
    allGoalsMean: 'Medelvärde för alla mål',
    keyFinding: ({ count, highest, lowest, base }) =>
      `${count} mål på skalan 1–5${base ? ` (${base})` : ''}. ` +
      `Högsta medelvärde ${highest.value}: ${names(highest, 'och', '”', '”')}. ` +
      `Lägsta medelvärde ${lowest.value}: ${names(lowest, 'och', '”', '”')}.`,
    summary: {
      caption: (count) =>
        `Det finns ${count} mål, så tabellen sammanfattar varje avsnitt; enskilda värden nås i diagrammet med piltangenterna.`,
      noSection: 'Alla mål',
      withData: 'Mål med värde',
      min: 'Minsta',
      max: 'Största',
      mean: 'Medelvärde',
    },
  },
  en: {
    title: 'Progress on the strategic cooperation goals as rated by the municipalities',
    itemsLabel: 'Mean score of each goal',
    sectionColumn: 'Section',
    goalColumn: 'Goal',
    meanColumn: 'Mean (1–5)',
    subGoal: 'Sub-goal',
    allGoalsMean: 'Mean of all goals',
    keyFinding: ({ count, highest, lowest, base }) =>
      `${count} goals on a scale of 1–5${base ? ` (${base})` : ''}. ` +
      `Highest mean ${highest.value}: ${names(highest, 'and', '“', '”')}. ` +
      `Lowest mean ${lowest.value}: ${names(lowest, 'and', '“', '”')}.`,
    summary: {
      caption: (count) =>
        `There are ${count} goals, so the table summarises each section; single values can be reached in the chart with the arrow keys.`,
      noSection: 'All goals',
      withData: 'Goals with a value',
      min: 'Lowest',
      max: 'Highest',
      mean: 'Mean',
    },
  },
};

/** The texts of this area in `locale` (Finnish for an unsupported value). */
export function goalBarMessages(locale: Locale): GoalBarMessages {
  return GOAL_BAR_MESSAGES[resolveLocale(locale)];
}
