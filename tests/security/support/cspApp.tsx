/**
 * The React page of the CSP browser test: all four charts (shipped data, hostile labels, an error state,
 * a responsive one), server-rendered by the test and hydrated in the browser by the same component.
 */
import { GoalBarChart, RescueRadar, ResponseCoverage, ThemeHeatmap } from '@yhdyspinta/charts';

export const HOSTILE_LABEL =
  '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

export function CspApp() {
  return (
    <main>
      <h1>Yhdyspinta</h1>
      <GoalBarChart width={720} />
      <ThemeHeatmap width={720} />
      <RescueRadar width={720} twin="bars" />
      <ResponseCoverage width={720} />
      <GoalBarChart
        width={640}
        title={`Vihamielinen ${HOSTILE_LABEL}`}
        data={{
          groups: [
            {
              id: 'g',
              label: HOSTILE_LABEL,
              items: [
                { id: 'a', label: HOSTILE_LABEL, value: 2.4 },
                { id: 'b', label: 'مرحبا 👩‍⚕️ Kyrkslätt', value: null },
              ],
            },
          ],
        }}
      />
      <ResponseCoverage width={480} data={[{ id: 'x', label: '', answered: true }]} />
      <div>
        <ResponseCoverage />
      </div>
    </main>
  );
}
