// What the CLI's help says of the chart and what its data needs to draw anything, in fi, sv and en.
import type { ChartAbout } from '../chart/ChartDefinition';

export const goalBarAbout = {
  description: {
    fi: 'Kunkin tavoitteen keskiarvo (1–5) vuoden 2024 kuntakyselyssä osioittain',
    sv: 'Medelvärdet (1–5) för varje mål i kommunenkäten 2024, per avsnitt',
    en: 'Mean score (1–5) of each goal of the 2024 municipal survey, by section',
  },
  needs: {
    fi: 'vähintään yhden tavoitteen, jonka keskiarvo on asteikolla 1–5 (vastauksista: kyselyn tavoitteiden arvioita, esim. kohdat ws-1 tai ss-2.1)',
    sv: 'minst ett mål med ett medelvärde på 1–5 (ur svar: bedömningar av enkätens mål, t.ex. punkterna ws-1 eller ss-2.1)',
    en: "at least one goal with a mean on 1–5 (from responses: ratings of the survey's goals, e.g. item ids ws-1 or ss-2.1)",
  },
} as const satisfies ChartAbout;
