import { memo } from 'react';

export interface DataTableRow {
  readonly key: string;
  /** The row header (first column), e.g. the goal's full text. */
  readonly header: string;
  /** The other cells, formatted for the locale, e.g. the section and "2,7". */
  readonly cells: readonly string[];
}

/** A chart's numbers as a table: what each chart's describe/table module makes for HiddenDataTable. */
export interface DataTable {
  /** Caption: the table's accessible name. */
  readonly caption: string;
  /** Column headers, the row-header column first. */
  readonly columns: readonly string[];
  readonly rows: readonly DataTableRow[];
}

export type HiddenDataTableProps = DataTable;

/** Declares the XHTML namespace so a standalone .svg file keeps the table HTML; browsers ignore it. */
const XHTML = { xmlns: 'http://www.w3.org/1999/xhtml' };

/**
 * The chart's numbers as a real HTML <table> for screen readers, visually hidden WITHOUT any `style`
 * attribute (strict CSP, and our lint rule): it sits in a 1×1 px <foreignObject> whose overflow="hidden"
 * presentation attribute clips it and whose opacity="0" keeps even that pixel invisible. Unlike
 * display:none, visibility:hidden or aria-hidden, clipping and opacity keep the table in the accessibility
 * tree (the same principle as the usual .sr-only CSS class), and axe-core finds no violation. It holds
 * nothing focusable. resvg (PNG export) skips <foreignObject>, so images never show it. Render it inside
 * ChartRoot, after the data marks. Memoised: hover and focus re-render the chart, not its rows (give it
 * a memoised table).
 */
export const HiddenDataTable = memo(function HiddenDataTable({
  caption,
  columns,
  rows,
}: HiddenDataTableProps) {
  return (
    <foreignObject x={0} y={0} width={1} height={1} overflow="hidden" opacity={0}>
      <table {...XHTML}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </foreignObject>
  );
});
