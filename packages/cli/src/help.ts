/** The texts of `--help` and `list` (English, like the rest of the CLI's messages). */
import { CHART_NAMES, CHARTS, PRESET_NAMES, PRESETS } from '@yhdyspinta/charts/static';

const pad = (text: string, width: number) => text.padEnd(width);

export function chartList(): string {
  return CHART_NAMES.map((name) => `  ${pad(name, 15)} ${CHARTS[name].description}`).join('\n');
}

export function presetList(): string {
  return PRESET_NAMES.map((name) => `  ${pad(name, 15)} ${PRESETS[name].description}`).join('\n');
}

export const MAIN_HELP = `Usage: yhdyspinta <command> [options]

Exports yhdyspinta charts of the Länsi-Uusimaa welfare area as SVG, PNG, PowerPoint or PDF files for\nslides and print.

Commands:
  render <chart>   Render a chart to an .svg, .png, .pptx or .pdf file (see "yhdyspinta render --help")
  deck <deck.json> Write every chart × locale × preset × format of a deck file (PowerPoint, PDF,
                   PNG) and print what was written; exit 1 if any chart could not be drawn
  validate <file>  Check a data file (CSV in UTF-8/UTF-16/Windows-1252, JSON or .xlsx; long,
                   wide or a respondent per row): encoding, layout, rows read/accepted/
                   rejected, the first errors (--json: the same as one JSON object;
                   -l fi|sv|en: the report and its messages in that language);
                   exit 0 when every row landed, 1 otherwise; --area / --survey as for render
  list             List the charts and presets
  help [render]    Show this help, or the help of render

Options:
  -h, --help       Show help
  -v, --version    Show the version
`;

export function renderHelp(): string {
  return `Usage: yhdyspinta render <chart> --out <file.svg|.png|.pptx|.pdf> [options]

Charts:
${chartList()}

Presets:
${presetList()}

Options:
  -o, --out <file>      Output file; .svg, .png, .pptx or .pdf decides the format (required). Its
                        directory must exist. Written atomically: an existing file is replaced only
                        on success. .pptx: one slide, a native chart where PowerPoint has the type
                        (goal-bars, rescue-radar), else the picture; alt text and speaker notes.
                        .pdf: vector, Noto Sans embedded. Both need a page preset (not intranet-card).
  -f, --format <fmt>    svg, png, pptx or pdf; must match the --out extension
  -l, --locale <code>   fi (default), sv or en (or a tag such as sv-FI)
  -p, --preset <name>   Size and type scale, default slide-16x9 (see Presets)
  -d, --data <file>     Chart your own raw survey export instead of the published 2024 results:
                        CSV (.csv/.tsv/.txt, long or wide) or JSON (.json), UTF-8. Any row with an
                        error stops the render and the errors are listed.
      --area <file>     Another welfare area's municipalities (JSON, schema area.schema.json of
                        @yhdyspinta/data) to read --data with; default Länsi-Uusimaa
      --survey <file>   Another survey round's goals, scale words and no-answer words (JSON,
                        survey.schema.json) to read --data with; its name is the default title
      --chart-data <file.json>
                        Draw the chart's own typed data (e.g. GoalBarData), checked by the chart;
                        invalid data is listed and nothing is written (SVG and PNG only)
      --title <text>    Replace the chart's title
      --high-contrast   High-contrast colours (keeps the preset's sizes)
      --width <px>      Override the preset's width (then the height is the chart's natural height)
      --height <px>     Override the preset's height
      --scale <1-4>     PNG pixels per layout pixel, e.g. 2 for sharp images on high-density screens
      --fit <mode>      error (default): a chart that does not fit the size with the preset's
                        minimum text size fails, naming how to split it; shrink: scale it down
                        to the size (smaller text) with a warning
  -h, --help            Show this help

Examples:
  yhdyspinta render goal-bars --locale sv --preset slide-16x9 --out goals.png
  yhdyspinta render goal-bars --data responses.csv --preset a4-landscape --out goals.svg

Exit status: 0 written, 1 a data, rendering or writing error, 2 a bad command line.
`;
}
