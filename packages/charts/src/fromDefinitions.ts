/**
 * Chart data from raw responses of another area's or survey's export (the CLI's --area / --survey,
 * Storybook's "Try your own data" with JSON definitions): the same
 * rules as the charts' own fromResponses adapters (means by aggregate(): each municipality's respondents
 * averaged first, then the municipalities; goal = unweighted mean of its sub-goals' means; one decimal
 * for the bars; base = municipalities with a rating / the area's), but the sections, goals, sub-goals and
 * municipalities come from the definitions; rescue-radar draws the items the survey's `radar` names
 * (RescueRadar/fromDefinedResponses.ts). A text the survey lacks in the chosen language is drawn in
 * Finnish and said in a warning. The charts name the scale's levels with the survey's own words (the
 * first word of each level in the chosen language).
 */
import { aggregate, contextFor, everyLocale, roundToOneDecimal } from '@yhdyspinta/data';
import type { Area, DefinedText, Locale, RawResponse, SurveyDefinition } from '@yhdyspinta/data';
import type { ChartDataMap, ChartName } from './catalogue';
import { rescueRadarFromDefinedResponses } from './RescueRadar/fromDefinedResponses';

/** The area and survey responses were read with (a missing one: the shipped default). */
export interface ChartDefinitions {
  readonly area?: Area;
  readonly survey?: SurveyDefinition;
}

/**
 * A chart that cannot be drawn from the survey's responses (rescue-radar of a survey whose definition
 * names no `radar`), with why: `message` in the locale asked for, `localized` in each language.
 */
export class UnsupportedChartError extends Error {
  override readonly name = 'UnsupportedChartError';
  readonly localized: Readonly<Record<Locale, string>>;

  constructor(locale: Locale, localized: Readonly<Record<Locale, string>>) {
    super(localized[locale]);
    this.localized = localized;
  }
}

const TEXT: Readonly<
  Record<
    Locale,
    {
      /** `language`: the chart's language as this one names it, e.g. "ruotsinkielistä". */
      readonly fallback: (n: number, language: string) => string;
      readonly languages: Readonly<Record<Locale, string>>;
      readonly heatmapTitle: string;
      readonly goals: string;
      readonly municipalities: string;
      readonly radar: string;
    }
  >
> = {
  fi: {
    fallback: (n, language) =>
      `kyselyn määrittelyssä ei ole ${language} tekstiä ${n} otsikolle tai kysymykselle; ne näytetään suomeksi.`,
    languages: { fi: 'suomenkielistä', sv: 'ruotsinkielistä', en: 'englanninkielistä' },
    heatmapTitle: 'Tavoitteiden arviot kunnittain',
    goals: 'Tavoite',
    municipalities: 'Kunta',
    radar:
      'kyselyn määrittely ei nimeä tutkakaavion kysymyksiä (radar: { "section": "<osion tunnus>" } sen JSONissa); lisää se, tai käytä kaaviota goal-bars, theme-heatmap tai coverage.',
  },
  sv: {
    fallback: (n, language) =>
      `enkätdefinitionen har ingen ${language} text för ${n} rubriker eller frågor; de visas på finska.`,
    languages: { fi: 'finsk', sv: 'svensk', en: 'engelsk' },
    heatmapTitle: 'Bedömningar av målen per kommun',
    goals: 'Mål',
    municipalities: 'Kommun',
    radar:
      'enkätdefinitionen anger inte radardiagrammets frågor (radar: { "section": "<avsnittets id>" } i dess JSON); lägg till det, eller använd goal-bars, theme-heatmap eller coverage.',
  },
  en: {
    fallback: (n, language) =>
      `the survey definition has no ${language} text for ${n} heading(s) or question(s); they are shown in Finnish.`,
    languages: { fi: 'Finnish', sv: 'Swedish', en: 'English' },
    heatmapTitle: 'Ratings of the goals by municipality',
    goals: 'Goal',
    municipalities: 'Municipality',
    radar:
      'the survey definition names no questions for the radar (radar: { "section": "<section id>" } in its JSON); add it, or use goal-bars, theme-heatmap or coverage.',
  },
};

export interface DefinedChartData<N extends ChartName> {
  readonly data: ChartDataMap[N];
  /** Texts drawn in Finnish because the survey has none in the chosen language (said in it). */
  readonly warnings: readonly string[];
  /** The same warnings in each language (a tool speaking another language than the chart's). */
  readonly localizedWarnings: readonly Readonly<Record<Locale, string>>[];
}

/**
 * The survey's scale as chart data: each level's first word in `locale`, else in Finnish (the definitions
 * require a word in each language; a level without any is given '', which the chart's check reports).
 */
function scaleOf(survey: SurveyDefinition, locale: Locale): ChartScale {
  return {
    levels: survey.scale.levels.map((level) => ({
      value: level.value,
      label: level.words[locale][0] ?? level.words.fi[0] ?? '',
    })),
  };
}

/** A survey's own level words as GoalBarData takes them. */
type ChartScale = NonNullable<ChartDataMap['goal-bars']['scale']>;

const round = (mean: number | null | undefined): number | null =>
  mean === null || mean === undefined ? null : roundToOneDecimal(mean);

/** The chart's data from responses read with `definitions` (a missing one: the shipped default). */
export function chartDataFromDefinitions<N extends ChartName>(
  chart: N,
  responses: readonly RawResponse[],
  definitions: ChartDefinitions,
  locale: Locale,
): DefinedChartData<N> {
  const t = TEXT[locale];
  const context = contextFor(definitions);
  const { area, survey } = context;
  let fallbacks = 0;
  const text = (label: DefinedText): string => {
    const own = label[locale];
    if (own !== undefined) return own;
    fallbacks += 1;
    return label.fi;
  };
  const options = { goals: context.goals, area, survey };
  const all = aggregate(responses, options);
  const base = { answered: all.municipalities.answered.length, total: area.municipalities.length };
  let data: unknown;
  if (chart === 'rescue-radar') {
    const scale = scaleOf(survey, locale);
    const input = { responses, all, context, locale, text, scale };
    data = rescueRadarFromDefinedResponses(input);
    if (data === undefined)
      throw new UnsupportedChartError(
        locale,
        everyLocale((l) => TEXT[l].radar),
      );
  } else if (chart === 'coverage') {
    const answered = new Set(all.municipalities.answered);
    data = area.municipalities.map((m) => ({
      id: m.id,
      label: m.name[locale],
      answered: answered.has(m.id),
    }));
  } else if (chart === 'goal-bars') {
    const itemMeans = new Map(all.items.map((item) => [item.itemId, item.mean]));
    const goalMeans = new Map(all.goals.map((goal) => [goal.goalId, goal.mean]));
    const groups = survey.sections.map((section) => ({
      id: section.id,
      label: text(section.shortLabel ?? section.label),
      items: section.goals.map((goal) => ({
        id: goal.id,
        label: text(goal.label),
        value: round(goalMeans.get(goal.id)),
        children: goal.subGoals.map((sub) => ({
          id: sub.id,
          label: text(sub.label),
          value: round(itemMeans.get(sub.id)),
        })),
      })),
    }));
    data = { groups, base, scale: scaleOf(survey, locale) };
  } else {
    const goals = survey.sections.flatMap((section) => section.goals);
    const perMunicipality = area.municipalities.map(
      (m) =>
        aggregate(
          responses.filter((r) => r.municipalityId === m.id),
          options,
        ).goals,
    );
    data = {
      kind: 'rating',
      title: t.heatmapTitle,
      rows: goals.map((goal) => ({ id: goal.id, label: text(goal.label) })),
      columns: area.municipalities.map((m) => ({ id: m.id, label: m.name[locale] })),
      values: goals.map((_, g) => perMunicipality.map((own) => own[g]?.mean ?? null)),
      n: goals.map((_, g) =>
        perMunicipality.map((own) => {
          const n = own[g]?.pooled.n ?? 0;
          return n > 0 ? n : null;
        }),
      ),
      base,
      rowsTitle: t.goals,
      columnsTitle: t.municipalities,
      scale: scaleOf(survey, locale),
    };
  }
  const localizedWarnings =
    fallbacks > 0
      ? [everyLocale((l) => TEXT[l].fallback(fallbacks, TEXT[l].languages[locale]))]
      : [];
  return {
    data: data as ChartDataMap[N],
    warnings: localizedWarnings.map((warning) => warning[locale]),
    localizedWarnings,
  };
}
