import type { ReactNode } from 'react';

export interface DocTableProps {
  /** Column headings. */
  head: readonly ReactNode[];
  rows: readonly (readonly ReactNode[])[];
  /** Columns (0-based) whose cells are numbers, aligned right. */
  numeric?: readonly number[];
}

/**
 * A plain table for the MDX docs pages. Storybook's MDX has no GitHub table syntax (that would need
 * remark-gfm), so the pages build their tables with this instead; the docs theme styles `table`.
 */
export function DocTable({ head, rows, numeric = [] }: DocTableProps) {
  const align = (column: number) => (numeric.includes(column) ? 'right' : 'left');
  return (
    <table>
      <thead>
        <tr>
          {head.map((cell, column) => (
            <th key={column} scope="col" style={{ textAlign: align(column) }}>
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {row.map((cell, column) => (
              <td key={column} style={{ textAlign: align(column) }}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
