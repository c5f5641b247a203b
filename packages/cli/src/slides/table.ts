/**
 * The chart's own data table, read from its SVG: every chart draws its data as a hidden HTML table (inside
 * a zero-size foreignObject) for screen readers; the speaker notes carry the same table.
 */
import { unescapeXml } from '@yhdyspinta/charts/static';

export interface SlideTable {
  readonly caption: string;
  /** The header row's cells. */
  readonly columns: readonly string[];
  /** The body rows, each with its row header first. */
  readonly rows: readonly (readonly string[])[];
}

/** The text of an element's content: tags removed, entities decoded, white space collapsed. */
function text(markup: string): string {
  return unescapeXml(markup.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function cells(row: string): string[] {
  return [...row.matchAll(/<(th|td)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => text(m[2] ?? ''));
}

function rowsOf(markup: string): string[][] {
  return [...markup.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => cells(m[1] ?? ''));
}

/** The chart's data table from its SVG document, or undefined when the SVG has none. */
export function tableFromSvg(svg: string): SlideTable | undefined {
  const table = /<table\b[^>]*>([\s\S]*?)<\/table>/.exec(svg)?.[1];
  if (table === undefined) return undefined;
  const caption = /<caption\b[^>]*>([\s\S]*?)<\/caption>/.exec(table)?.[1];
  const head = /<thead\b[^>]*>([\s\S]*?)<\/thead>/.exec(table)?.[1];
  const body = /<tbody\b[^>]*>([\s\S]*?)<\/tbody>/.exec(table)?.[1];
  return {
    caption: caption === undefined ? '' : text(caption),
    columns: head === undefined ? [] : (rowsOf(head)[0] ?? []),
    rows: rowsOf(body ?? table),
  };
}

/** The chart's description (its <desc>, the key finding), or '' when it has none. */
export function descriptionFromSvg(svg: string): string {
  const desc = /<desc\b[^>]*>([\s\S]*?)<\/desc>/.exec(svg)?.[1];
  return desc === undefined ? '' : text(desc);
}

/** The table as plain text lines: "caption", then "column: value; …" per row (tab-free, one a line). */
export function tableLines(table: SlideTable): string[] {
  const lines = table.caption ? [table.caption] : [];
  const header = table.columns.length > 0 ? [table.columns.join(' | ')] : [];
  return [...lines, ...header, ...table.rows.map((row) => row.join(' | '))];
}
