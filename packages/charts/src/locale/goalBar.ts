import type { Locale } from '@yhdyspinta/data';
import { resolveLocale } from './resolve';
import type { FindingGroup, GoalBarMessages, GoalBarPreviousMessages } from './messageTypes';

/** One label as is; several quoted (goal texts contain commas and "ja"): ”A”, ”B” ja ”C”. */
function names(group: FindingGroup, and: string, open: string, close: string): string {
  const { labels } = group;
  if (labels.length <= 1) return labels[0] ?? '';
  const quoted = labels.map((l) => `${open}${l}${close}`);
  return `${quoted.slice(0, -1).join(', ')} ${and} ${quoted[quoted.length - 1]}`;
}

/** "A", "A ja B", "A, B ja C" (parts of a sentence, not quoted). */
function series(parts: readonly string[], and: string): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

/** `text` ended as a sentence: a full stop, unless a (lone, unquoted) goal text ends in one already. */
function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** "Korkein keskiarvo 3,4: ”A” ja ”B”." — one finding's sentence (no ".." after a goal text's own stop). */
function finding(prefix: string, group: FindingGroup, and: string, open: string, close: string) {
  return sentence(`${prefix} ${group.value}: ${names(group, and, open, close)}`);
}

/** " Suurin nousu +0,5: ”A” ja ”B”." — a sentence of the largest change, after a space. */
function largest(prefix: string, group: FindingGroup, and: string, open: string, close: string) {
  return ` ${finding(prefix, group, and, open, close)}`;
}

type Finding = Parameters<GoalBarPreviousMessages['finding']>[0];

/** The counts of a previous-round finding, each with its verb phrase (left out when 0). */
function counted(f: Finding, rose: string, fell: string, same: string, of: (n: number) => string) {
  return [
    f.rose > 0 ? `${rose} ${of(f.rose)}` : '',
    f.fell > 0 ? `${fell} ${of(f.fell)}` : '',
    f.same > 0 ? `${same} ${of(f.same)}` : '',
  ].filter(Boolean);
}

const PREVIOUS_FI: GoalBarPreviousMessages = {
  round: 'Edellinen kierros',
  change: 'Muutos',
  name: (round, previous, change) =>
    `; ${round} ${previous}${change === null ? '' : `, muutos ${change}`}`,
  finding: (f) =>
    `Edellisestä kierroksesta${f.round ? ` (${f.round})` : ''} keskiarvo ` +
    `${series(
      counted(f, 'nousi', 'laski', 'pysyi ennallaan', (n) => `${n} tavoitteella`),
      'ja',
    )}.` +
    (f.largestRise ? largest('Suurin nousu', f.largestRise, 'ja', '”', '”') : '') +
    (f.largestFall ? largest('Suurin lasku', f.largestFall, 'ja', '”', '”') : ''),
};

const PREVIOUS_SV: GoalBarPreviousMessages = {
  round: 'Föregående omgång',
  change: 'Förändring',
  name: (round, previous, change) =>
    `; ${round} ${previous}${change === null ? '' : `, förändring ${change}`}`,
  finding: (f) =>
    `Jämfört med föregående omgång${f.round ? ` (${f.round})` : ''} har medelvärdet ` +
    `${series(
      counted(f, 'stigit', 'sjunkit', 'varit oförändrat', (n) => `för ${n} mål`),
      'och',
    )}.` +
    (f.largestRise ? largest('Största ökning', f.largestRise, 'och', '”', '”') : '') +
    (f.largestFall ? largest('Största minskning', f.largestFall, 'och', '”', '”') : ''),
};

const PREVIOUS_EN: GoalBarPreviousMessages = {
  round: 'Previous round',
  change: 'Change',
  name: (round, previous, change) =>
    `; ${round} ${previous}${change === null ? '' : `, change ${change}`}`,
  finding: (f) =>
    `Compared with the previous round${f.round ? ` (${f.round})` : ''}, the mean ` +
    `${series(
      counted(f, 'rose', 'fell', 'stayed the same', (n) => `for ${n} goal${n === 1 ? '' : 's'}`),
      'and',
    )}.` +
    (f.largestRise ? largest('Largest rise', f.largestRise, 'and', '“', '”') : '') +
    (f.largestFall ? largest('Largest fall', f.largestFall, 'and', '“', '”') : ''),
};

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
      `${finding('Korkein keskiarvo', highest, 'ja', '”', '”')} ` +
      finding('Matalin keskiarvo', lowest, 'ja', '”', '”'),
    neutralReference: (word) => `${word} (3), asteikon keskikohta`,
    summary: {
      caption: (count) =>
        `Tavoitteita on ${count}, joten taulukossa on osiokohtainen yhteenveto; yksittäiset arvot saa kaaviosta nuolinäppäimillä.`,
      noSection: 'Kaikki tavoitteet',
      withData: 'Tavoitteita, joilla arvo',
      min: 'Pienin',
      max: 'Suurin',
      mean: 'Keskiarvo',
    },
    previous: PREVIOUS_FI,
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
      `${finding('Högsta medelvärde', highest, 'och', '”', '”')} ` +
      finding('Lägsta medelvärde', lowest, 'och', '”', '”'),
    neutralReference: (word) => `${word} (3), skalans mittpunkt`,
    summary: {
      caption: (count) =>
        `Det finns ${count} mål, så tabellen sammanfattar varje avsnitt; enskilda värden nås i diagrammet med piltangenterna.`,
      noSection: 'Alla mål',
      withData: 'Mål med värde',
      min: 'Minsta',
      max: 'Största',
      mean: 'Medelvärde',
    },
    previous: PREVIOUS_SV,
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
      `${finding('Highest mean', highest, 'and', '“', '”')} ` +
      finding('Lowest mean', lowest, 'and', '“', '”'),
    neutralReference: (word) => `${word} (3), the middle of the scale`,
    summary: {
      caption: (count) =>
        `There are ${count} goals, so the table summarises each section; single values can be reached in the chart with the arrow keys.`,
      noSection: 'All goals',
      withData: 'Goals with a value',
      min: 'Lowest',
      max: 'Highest',
      mean: 'Mean',
    },
    previous: PREVIOUS_EN,
  },
};

/** The texts of this area in `locale` (Finnish for an unsupported value). */
export function goalBarMessages(locale: Locale): GoalBarMessages {
  return GOAL_BAR_MESSAGES[resolveLocale(locale)];
}
