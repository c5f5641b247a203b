/**
 * "Try your own data": a survey export chosen or dropped here is read by @yhdyspinta/data's
 * importResponses (CSV in any of the encodings and layouts it knows, XLSX, JSON), its import report
 * shown in the toolbar's language, the charts drawn from the accepted rows, and each chart offered as
 * SVG and PNG made in the browser. The file never leaves the browser.
 */
import { useState } from 'react';
import {
  GoalBarChart,
  ResponseCoverage,
  goalBarFromResponses,
  responseCoverageFromResponses,
} from '@yhdyspinta/charts';
import type { GoalBarData, ResponseCoverageData } from '@yhdyspinta/charts';
import { chartDataFromDefinitions } from '@yhdyspinta/charts/static';
import { importResponses } from '@yhdyspinta/data';
import type { ImportReport, Locale, RawResponse } from '@yhdyspinta/data';
import { ChartDownloads } from './ChartDownloads';
import { DefinitionsPicker } from './DefinitionsPicker';
import { readDefinitions } from './definitions';
import type { ChosenDefinitions } from './definitions';
import type { MadeFile } from './downloads';
import { FilePicker } from './FilePicker';
import { ImportReportView } from './ImportReportView';
import { TRY_TEXTS } from './texts';

export interface TryYourDataProps {
  readonly locale: Locale;
  /** Called with every file the download buttons make. */
  readonly onFile?: (file: MadeFile) => void;
}

type State =
  | { readonly step: 'idle' }
  | { readonly step: 'reading' }
  | { readonly step: 'failed'; readonly reason: string }
  | { readonly step: 'read'; readonly fileName: string; readonly report: ImportReport };

export function TryYourData({ locale, onFile }: TryYourDataProps) {
  const texts = TRY_TEXTS[locale];
  const [state, setState] = useState<State>({ step: 'idle' });
  const [chosen, setChosen] = useState<ChosenDefinitions | null>(null);
  const definitions = chosen && chosen.problems.length === 0 ? chosen : undefined;
  const read = async (file: File) => {
    setState({ step: 'reading' });
    try {
      const report = await importResponses(file, {
        locale,
        fileName: file.name,
        ...(definitions?.area ? { area: definitions.area } : {}),
        ...(definitions?.survey ? { survey: definitions.survey } : {}),
      });
      setState({ step: 'read', fileName: file.name, report });
    } catch (error) {
      setState({ step: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div>
      <p>
        <strong>{texts.privacy}</strong>
      </p>
      <DefinitionsPicker
        texts={texts}
        chosen={chosen}
        onFiles={(files) => void readDefinitions(files, locale).then(setChosen)}
      />
      <FilePicker texts={texts} onFile={(file) => void read(file)} />
      <div aria-live="polite">
        {state.step === 'reading' && <p>{texts.reading}</p>}
        {state.step === 'failed' && <p role="alert">{texts.failed(state.reason)}</p>}
      </div>
      {state.step === 'read' && (
        <ReadFile
          fileName={state.fileName}
          report={state.report}
          locale={locale}
          definitions={definitions}
          onFile={onFile}
        />
      )}
    </div>
  );
}

/** The two charts' data: from the definitions when given, else the 2024 survey's adapters. */
function chartsData(
  responses: readonly RawResponse[],
  definitions: ChosenDefinitions | undefined,
  locale: Locale,
): { goals: GoalBarData; coverage: ResponseCoverageData } {
  if (definitions === undefined) {
    return {
      goals: goalBarFromResponses(responses, { locale }),
      coverage: responseCoverageFromResponses(responses, { locale }),
    };
  }
  return {
    goals: chartDataFromDefinitions('goal-bars', responses, definitions, locale).data,
    coverage: chartDataFromDefinitions('coverage', responses, definitions, locale).data,
  };
}

function ReadFile({
  fileName,
  report,
  locale,
  definitions,
  onFile,
}: {
  fileName: string;
  report: ImportReport;
  locale: Locale;
  definitions: ChosenDefinitions | undefined;
  onFile: ((file: MadeFile) => void) | undefined;
}) {
  const texts = TRY_TEXTS[locale];
  const responses = report.result.responses;
  const { goals, coverage } = chartsData(responses, definitions, locale);
  return (
    <>
      <ImportReportView fileName={fileName} report={report} texts={texts} />
      <h2>{texts.charts}</h2>
      {responses.length === 0 ? (
        <p>{texts.nothingToDraw}</p>
      ) : (
        <>
          <GoalBarChart data={goals} locale={locale} />
          <ChartDownloads
            spec={{ chart: 'goal-bars', data: goals }}
            name="GoalBarChart"
            locale={locale}
            texts={texts}
            onFile={onFile}
          />
          <ResponseCoverage data={coverage} locale={locale} />
          <ChartDownloads
            spec={{ chart: 'coverage', data: coverage }}
            name="ResponseCoverage"
            locale={locale}
            texts={texts}
            onFile={onFile}
          />
        </>
      )}
    </>
  );
}
