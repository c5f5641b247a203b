// What the CLI's help says of the chart and what its data needs to draw anything, in fi, sv and en.
import type { ChartAbout } from '../chart/ChartDefinition';

export const themeHeatmapAbout = {
  description: {
    fi: 'Muistioiden teemat kunnittain (2025); --datalla: tavoitteiden keskiarvot kunnittain',
    sv: 'Promemoriornas teman per kommun (2025); med --data: målens medelvärden per kommun',
    en: 'Memo themes by municipality (2025); with --data: goal means by municipality',
  },
  needs: {
    fi: 'vähintään yhden rivin ja yhden sarakkeen, joilla on arvo (vastauksista: kyselyn tavoitteiden arvioita kunnittain)',
    sv: 'minst en rad och en kolumn med ett värde (ur svar: bedömningar av enkätens mål per kommun)',
    en: "at least one row and one column with a value (from responses: ratings of the survey's goals by municipality)",
  },
} as const satisfies ChartAbout;
