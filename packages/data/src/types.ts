/**
 * Core types of @yhdyspinta/data: locales, localised text, sources, municipalities and the survey.
 * Types of the negotiation memos, themes and raw responses live beside their modules.
 */

/** The user-facing languages of the library. Finnish is the default and the language of the sources. */
export type Locale = 'fi' | 'sv' | 'en';

/** Every locale, in the library's order (Finnish first). */
export const LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];

/**
 * A text in the three locales. `fi` is as published in the source; `unofficial` lists the locales whose text
 * is a translation made by this project (not by the welfare area), so a UI can say so.
 */
export interface LocalizedText {
  readonly fi: string;
  readonly sv: string;
  readonly en: string;
  readonly unofficial: readonly ('sv' | 'en')[];
}

/**
 * Where a value comes from: a file in `shared/seeds` (named, not read, by this package) and where in it.
 * `printed` is the value exactly as printed in the source, e.g. "2,7" or "Ei vastausta määräajassa".
 */
export interface SourceRef {
  readonly file: string;
  readonly locator: string;
  readonly printed?: string;
}

/** Stable ids of the ten municipalities of the Länsi-Uusimaa welfare area. */
export type MunicipalityId =
  | 'espoo'
  | 'kauniainen'
  | 'kirkkonummi'
  | 'siuntio'
  | 'vihti'
  | 'karkkila'
  | 'lohja'
  | 'inkoo'
  | 'hanko'
  | 'raasepori';

/**
 * A municipality of a welfare area (see `defineArea`). Ids are strings; `Id` keeps a declared area's
 * literal union (the shipped area's municipalities are `Municipality<MunicipalityId>`).
 */
export interface Municipality<Id extends string = string> {
  readonly id: Id;
  /** Finnish and Swedish names are both official; English uses the Finnish name unless given. */
  readonly name: LocalizedText;
  /** An official code, e.g. Statistics Finland's municipality number "049", if declared. */
  readonly code?: string;
}

/** A point of the 1–5 rating scale. */
export type Rating = 1 | 2 | 3 | 4 | 5;

export interface ScaleLevel {
  readonly value: Rating;
  readonly label: LocalizedText;
}

export interface RatingScale {
  readonly min: 1;
  readonly max: 5;
  /** The middle of the scale, "Kohtalaisesti": the natural reference line for a Likert mean. */
  readonly neutral: 3;
  /** From 5 (Erinomaisesti) down to 1 (Ei lainkaan), as printed. */
  readonly levels: readonly ScaleLevel[];
  readonly source: SourceRef;
}

/** A mean of the municipalities' answers, as published (one decimal). */
export interface PublishedMean {
  readonly value: number;
  readonly source: SourceRef;
}

/** Sections of the survey, in source order. */
export type SurveySectionId =
  | 'welfare-area-strategy'
  | 'service-strategy-1'
  | 'service-strategy-2'
  | 'service-strategy-3'
  | 'service-strategy-4'
  | 'adult-social-services'
  | 'older-people'
  | 'children-youth-families'
  | 'disability-services'
  | 'rescue-service';

export interface SurveySection {
  readonly id: SurveySectionId;
  /** The section heading of the detail page, e.g. "Palvelustrategian … yhteiset tavoitteet 1/4". */
  readonly title: LocalizedText;
  /** A short name for chart group labels, e.g. "Palvelustrategia 1/4". */
  readonly shortTitle: LocalizedText;
  readonly source: SourceRef;
}

/** A rated item of the survey: a sub-goal, or a goal that is rated directly. */
export interface SurveyItem {
  readonly id: string;
  /** The full text as published (Finnish), with translations. */
  readonly text: LocalizedText;
  readonly mean: PublishedMean;
}

/** One of the 11 goals of the summary page. */
export interface SurveyGoal extends SurveyItem {
  readonly sectionId: SurveySectionId;
  /** The number of sub-goals the summary page prints, e.g. "(4 alatavoitetta)"; absent where none is printed. */
  readonly printedSubGoalCount?: number;
  /**
   * The goal's mean as repeated on its detail page (e.g. "Päätavoite … 2,7"), where one is printed. `mean` is
   * the summary page's; both are kept as published so a check can compare them.
   */
  readonly detailMean?: PublishedMean;
  /** Sub-goals from the detail page, in source order (empty where the goal is rated directly). */
  readonly subGoals: readonly SurveyItem[];
}

export interface SurveyResponseStatus {
  readonly municipalityId: MunicipalityId;
  /** true = "Kyllä", false = "Ei vastausta määräajassa". */
  readonly answered: boolean;
  readonly source: SourceRef;
}

export interface OpenAnswerQuote {
  readonly municipalityId: MunicipalityId;
  readonly text: LocalizedText;
  readonly source: SourceRef;
}

/** A published text with its source. */
export type SourcedText = LocalizedText & { readonly source: SourceRef };

/** Headings and labels printed in the survey, for captions, table headers and axis titles. */
export interface SurveyTexts {
  /** The running page header "KUNTAKYSELY: …" (printed in capitals). */
  readonly header: SourcedText;
  /** The title page's account of the survey's purpose (two paragraphs, separated by a blank line). */
  readonly introduction: SourcedText;
  /** The question above every detail page, "Arvioikaa, miten hyvin …". */
  readonly instruction: SourcedText;
  /** "Arviointiasteikko". */
  readonly scaleTitle: SourcedText;
  /** The summary page's heading, "Yhteenveto kuntien vastauksista". */
  readonly summaryTitle: SourcedText;
  /** The summary page's column headings, "Tavoite tai teema" and "Kuntien vastausten keskiarvo". */
  readonly goalColumn: SourcedText;
  readonly meanColumn: SourcedText;
  /** The detail pages' column headings: "Päätavoite", "Alatavoitteet", "Tavoite", "Keskiarvo … (1-5)". */
  readonly mainGoalColumn: SourcedText;
  readonly subGoalsColumn: SourcedText;
  readonly detailGoalColumn: SourcedText;
  readonly detailMeanColumn: SourcedText;
  /** The open answers page's heading, "Poimintoja kuntien avoimista vastauksista". */
  readonly quotesTitle: SourcedText;
}

/** The title page's response table: headings, status labels and its caption "6/10 …". */
export interface SurveyResponseTable {
  /** Column headings "Kunta" and "Vastasiko strategiakyselyyn?". */
  readonly municipalityColumn: LocalizedText;
  readonly question: LocalizedText;
  /** "Kyllä" and "Ei vastausta määräajassa". */
  readonly answeredLabel: LocalizedText;
  readonly missingLabel: LocalizedText;
  /** "6/10 alueen kuntaa vastasi …", with the printed count parsed. */
  readonly caption: LocalizedText;
  readonly printedAnswered: number;
  readonly printedTotal: number;
  readonly source: SourceRef;
}

export interface Survey {
  readonly id: string;
  readonly title: LocalizedText;
  /** ISO dates of the response period, with the printed form in the source. */
  readonly responsePeriod: {
    readonly start: string;
    readonly end: string;
    readonly source: SourceRef;
  };
  readonly targetGroup: LocalizedText & { readonly source: SourceRef };
  readonly scale: RatingScale;
  /** Which municipalities answered by the deadline, in the source's order. */
  readonly responses: readonly SurveyResponseStatus[];
  readonly sections: readonly SurveySection[];
  /** The 11 goals of the summary page, in source order. */
  readonly goals: readonly SurveyGoal[];
  /** The rescue service's goals (the sub-goals of the rescue-service goal), in source order. */
  readonly rescueGoals: readonly SurveyItem[];
  /** The summary page's written conclusion. */
  readonly summary: LocalizedText & { readonly source: SourceRef };
  readonly quotes: readonly OpenAnswerQuote[];
  /** Printed headings and labels (optional: a survey built from raw data may have none). */
  readonly texts?: SurveyTexts;
  /** The printed response table's labels and caption (optional, as `texts`). */
  readonly responseTable?: SurveyResponseTable;
}
