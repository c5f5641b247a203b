// What the CLI's help says of the chart and what its data needs to draw anything, in fi, sv and en.
import type { ChartAbout } from '../chart/ChartDefinition';

export const rescueRadarAbout = {
  description: {
    fi: 'Pelastustoimen yhdeksän tavoitteen arvioiden keskiarvot tutkakaaviona (vuoden 2024 kysely tai --data)',
    sv: 'Medelbedömningarna av räddningsväsendets nio mål som radardiagram (enkäten 2024 eller --data)',
    en: 'Mean ratings of the rescue service’s nine goals as a radar (2024 survey or --data)',
  },
  needs: {
    fi: 'vähintään yhden arvion pelastustoimen tavoitteista (vastauksista: kohdat rescue.1 … rescue.9)',
    sv: 'minst en bedömning av räddningsväsendets mål (ur svar: punkterna rescue.1 … rescue.9)',
    en: "at least one rating of the rescue service's goals (from responses: item ids rescue.1 … rescue.9)",
  },
} as const satisfies ChartAbout;
