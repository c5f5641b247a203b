import type { Locale } from '@yhdyspinta/data';
import { byLocale } from '@yhdyspinta/data';
import type { MeanExtremeWords } from './sharedWords';
import { GOAL, MEAN_EXTREMES, PREVIOUS_NAME, SUMMARY_STATS } from './sharedWords';
import { resolveLocale } from './resolve';
import type { FindingGroup, GoalBarMessages, GoalBarPreviousMessages } from './messageTypes';

/** One language's words of the key finding and of the previous round's finding. */
interface FindingWords extends MeanExtremeWords {
  /** "Keskiarvo": the one mean when the highest and the lowest are the same goals (one goal, or all equal). */
  readonly mean: string;
  /** The quotation marks around a goal text in a list of several. */
  readonly open: string;
  readonly close: string;
  /** "12 tavoitetta asteikolla 1–5 (n = 6/10 kuntaa). ": `base` is "" or " (…)". */
  readonly size: (count: number, base: string) => string;
  /** The previous round's sentence up to the counts: `round` is "" or " (…)". */
  readonly since: (round: string) => string;
  readonly rose: string;
  readonly fell: string;
  readonly same: string;
  /** "5 tavoitteella": how many goals rose, fell or stayed. */
  readonly goals: (n: number) => string;
  readonly largestRise: string;
  readonly largestFall: string;
}

const WORDS = /* @__PURE__ */ byLocale<FindingWords>({
  ...MEAN_EXTREMES,
  mean: SUMMARY_STATS.mean,
  open: { fi: '”', sv: '”', en: '“' },
  close: { fi: '”', sv: '”', en: '”' },
  size: {
    fi: (count, base) =>
      `${count} ${count === 1 ? 'tavoite' : 'tavoitetta'} asteikolla 1–5${base}. `,
    sv: (count, base) => `${count} mål på skalan 1–5${base}. `,
    en: (count, base) => `${count} ${count === 1 ? 'goal' : 'goals'} on a scale of 1–5${base}. `,
  },
  since: {
    fi: (round) => `Edellisestä kierroksesta${round} keskiarvo `,
    sv: (round) => `Jämfört med föregående omgång${round} har medelvärdet `,
    en: (round) => `Compared with the previous round${round}, the mean `,
  },
  rose: { fi: 'nousi', sv: 'stigit', en: 'rose' },
  fell: { fi: 'laski', sv: 'sjunkit', en: 'fell' },
  same: { fi: 'pysyi ennallaan', sv: 'varit oförändrat', en: 'stayed the same' },
  goals: {
    fi: (n) => `${n} tavoitteella`,
    sv: (n) => `för ${n} mål`,
    en: (n) => `for ${n} goal${n === 1 ? '' : 's'}`,
  },
  largestRise: { fi: 'Suurin nousu', sv: 'Största ökning', en: 'Largest rise' },
  largestFall: { fi: 'Suurin lasku', sv: 'Största minskning', en: 'Largest fall' },
});

/** One label as is; several quoted (goal texts contain commas and "ja"): ”A”, ”B” ja ”C”. */
function names({ labels }: FindingGroup, w: FindingWords): string {
  if (labels.length <= 1) return labels[0] ?? '';
  const quoted = labels.map((l) => `${w.open}${l}${w.close}`);
  return `${quoted.slice(0, -1).join(', ')} ${w.and} ${quoted[quoted.length - 1]}`;
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
function finding(prefix: string, group: FindingGroup, w: FindingWords) {
  return sentence(`${prefix} ${group.value}: ${names(group, w)}`);
}

/** " Suurin nousu +0,5: ”A” ja ”B”." — a sentence of the largest change, after a space. */
function largest(prefix: string, group: FindingGroup | null, w: FindingWords) {
  return group ? ` ${finding(prefix, group, w)}` : '';
}

type Finding = Parameters<GoalBarPreviousMessages['finding']>[0];

/** The counts of a previous-round finding, each with its verb phrase (left out when 0). */
function counted(f: Finding, w: FindingWords) {
  return [
    f.rose > 0 ? `${w.rose} ${w.goals(f.rose)}` : '',
    f.fell > 0 ? `${w.fell} ${w.goals(f.fell)}` : '',
    f.same > 0 ? `${w.same} ${w.goals(f.same)}` : '',
  ].filter(Boolean);
}

/** The generated description in the words of one language. */
function keyFinding(w: FindingWords): GoalBarMessages['keyFinding'] {
  return ({ count, highest, lowest, base }) => {
    const size = w.size(count, base ? ` (${base})` : '');
    // One goal, or every goal at the same mean: one sentence, not the same goals as highest and lowest.
    const same =
      highest.labels.length === lowest.labels.length &&
      highest.labels.every((label, i) => label === lowest.labels[i]);
    if (same) return size + finding(w.mean, highest, w);
    return size + `${finding(w.highest, highest, w)} ${finding(w.lowest, lowest, w)}`;
  };
}

/** The previous round's sentences in the words of one language. */
function previousFinding(w: FindingWords): GoalBarPreviousMessages['finding'] {
  return (f) =>
    w.since(f.round ? ` (${f.round})` : '') +
    `${series(counted(f, w), w.and)}.` +
    largest(w.largestRise, f.largestRise, w) +
    largest(w.largestFall, f.largestFall, w);
}

const PREVIOUS = /* @__PURE__ */ byLocale<GoalBarPreviousMessages>({
  round: { fi: 'Edellinen kierros', sv: 'Föregående omgång', en: 'Previous round' },
  change: { fi: 'Muutos', sv: 'Förändring', en: 'Change' },
  name: PREVIOUS_NAME,
  finding: {
    fi: previousFinding(WORDS.fi),
    sv: previousFinding(WORDS.sv),
    en: previousFinding(WORDS.en),
  },
});

/** Texts of GoalBarChart. */
export const GOAL_BAR_MESSAGES = /* @__PURE__ */ byLocale<GoalBarMessages>({
  title: {
    fi: 'Strategisten yhteistyötavoitteiden toteutuminen kuntien arvioimana',
    sv: 'Hur de strategiska samarbetsmålen har uppnåtts enligt kommunerna',
    en: 'Progress on the strategic cooperation goals as rated by the municipalities',
  },
  itemsLabel: {
    fi: 'Tavoitteiden keskiarvot',
    sv: 'Målens medelvärden',
    en: 'Mean score of each goal',
  },
  sectionColumn: { fi: 'Osio', sv: 'Avsnitt', en: 'Section' },
  goalColumn: GOAL,
  meanColumn: { fi: 'Keskiarvo (1–5)', sv: 'Medelvärde (1–5)', en: 'Mean (1–5)' },
  subGoal: { fi: 'Alatavoite', sv: 'Delmål', en: 'Sub-goal' },
  allGoalsMean: {
    fi: 'Kaikkien tavoitteiden keskiarvo',
    sv: 'Medelvärde för alla mål',
    en: 'Mean of all goals',
  },
  keyFinding: { fi: keyFinding(WORDS.fi), sv: keyFinding(WORDS.sv), en: keyFinding(WORDS.en) },
  neutralReference: {
    fi: (word) => `${word} (3), asteikon keskikohta`,
    sv: (word) => `${word} (3), skalans mittpunkt`,
    en: (word) => `${word} (3), the middle of the scale`,
  },
  summary: /* @__PURE__ */ byLocale<GoalBarMessages['summary']>({
    caption: {
      fi: (count) =>
        `Tavoitteita on ${count}, joten taulukossa on osiokohtainen yhteenveto; yksittäiset arvot saa kaaviosta nuolinäppäimillä.`,
      sv: (count) =>
        `Det finns ${count} mål, så tabellen sammanfattar varje avsnitt; enskilda värden nås i diagrammet med piltangenterna.`,
      en: (count) =>
        `There are ${count} goals, so the table summarises each section; single values can be reached in the chart with the arrow keys.`,
    },
    noSection: { fi: 'Kaikki tavoitteet', sv: 'Alla mål', en: 'All goals' },
    withData: { fi: 'Tavoitteita, joilla arvo', sv: 'Mål med värde', en: 'Goals with a value' },
    ...SUMMARY_STATS,
  }),
  previous: PREVIOUS,
});

/** The texts of this area in `locale` (Finnish for an unsupported value). */
export function goalBarMessages(locale: Locale): GoalBarMessages {
  return GOAL_BAR_MESSAGES[resolveLocale(locale)];
}
