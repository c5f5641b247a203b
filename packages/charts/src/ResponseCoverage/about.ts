// What the CLI's help says of the chart and what its data needs to draw anything, in fi, sv and en.
import type { ChartAbout } from '../chart/ChartDefinition';

export const responseCoverageAbout = {
  description: {
    fi: 'Mitkä kunnat vastasivat vuoden 2024 kyselyyn; --datalla: ne, jotka antoivat arvioita',
    sv: 'Vilka kommuner som svarade på enkäten 2024; med --data: de som gav bedömningar',
    en: 'Which municipalities answered the 2024 survey; with --data: those that rated',
  },
  needs: {
    fi: 'vähintään yhden kunnan (vastauksista: minkä tahansa alueen kunnan arvion)',
    sv: 'minst en kommun (ur svar: någon bedömning av en kommun i området)',
    en: 'at least one municipality (from responses: any rating by a municipality of the area)',
  },
} as const satisfies ChartAbout;
