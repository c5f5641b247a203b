/** The import report: what was read and how, the row counts, and the first errors with line and column. */
import type { ImportReport } from '@yhdyspinta/data';
import type { TryTexts } from './texts';

export interface ImportReportViewProps {
  readonly fileName: string;
  readonly report: ImportReport;
  readonly texts: TryTexts;
}

/** Errors listed on the page; the rest are counted. */
const SHOWN = 20;

export function ImportReportView({ fileName, report, texts }: ImportReportViewProps) {
  const { result } = report;
  const total = Object.values(result.errorCounts).reduce((sum, n) => sum + (n ?? 0), 0);
  const shown = result.errors.slice(0, SHOWN);
  const encoding =
    report.encoding === null
      ? '–'
      : `${report.encoding} (${report.encodingDecidedBy ? texts.decidedBy[report.encodingDecidedBy] : ''})`;
  const rows: readonly (readonly [string, string | number])[] = [
    [texts.file, fileName],
    [texts.kind, report.kind.toUpperCase()],
    [texts.encoding, encoding],
    [texts.layout, report.layout ?? '–'],
    [texts.read, result.rowsRead],
    [texts.accepted, result.rowsAccepted],
    [texts.rejected, result.rowsRejected],
  ];
  return (
    <section aria-labelledby="try-report">
      <h2 id="try-report">{texts.report}</h2>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px' }}>
        {rows.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt style={{ fontWeight: 700 }}>{term}</dt>
            <dd style={{ margin: 0 }} data-field={term}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {shown.length > 0 && (
        <>
          <h3>{texts.errors}</h3>
          {total > shown.length && <p>{texts.more(shown.length, total)}</p>}
          <table>
            <thead>
              <tr>
                {texts.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((error, index) => (
                <tr key={index}>
                  <td>{error.line}</td>
                  <td>{error.column}</td>
                  <td>{error.value}</td>
                  <td>{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
