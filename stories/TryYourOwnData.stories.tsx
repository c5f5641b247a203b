import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import areaUrl from '../tests/fixtures/areas/rannikko.area.json?url';
import areaExportUrl from '../tests/fixtures/areas/rannikko-long.csv?url';
import surveyUrl from '../tests/fixtures/areas/rannikko-2026.survey.json?url';
import excelExportUrl from '../tests/fixtures/exports/excel-fi-ansi-long.csv?url';
import { chartGlobals } from './support/globals';
import { TryYourData } from './support/try/TryYourData';
import type { MadeFile } from './support/try/downloads';

/**
 * "Try your own data" (stories/docs/TryYourOwnData.mdx shows it): choose or drop a survey export, read
 * the import report, see the charts and download them. The play test drops a real-shaped export —
 * Excel's Finnish "CSV (semicolon separated)", Windows-1252 with `sep=;` — and checks the report's
 * numbers, the drawn chart and every downloaded file.
 */
const meta = {
  title: 'Guides/Try your own data',
  component: TryYourData,
  args: { locale: 'fi', onFile: fn() },
  render: (args, context) => <TryYourData {...args} locale={chartGlobals(context).locale} />,
} satisfies Meta<typeof TryYourData>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Page: Story = {};

/** Drops `file` on the page's drop zone as a browser does. */
function drop(zone: HTMLElement, file: File) {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
}

export const DroppedExcelExport: Story = {
  globals: { locale: 'fi' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const bytes = await (await fetch(excelExportUrl)).arrayBuffer();
    drop(
      canvas.getByTestId('drop-zone'),
      new File([bytes], 'vastaukset.csv', { type: 'text/csv' }),
    );

    const report = await canvas.findByRole(
      'region',
      { name: 'Tuontiraportti' },
      { timeout: 30_000 },
    );
    const field = (name: string) => report.querySelector(`[data-field="${name}"]`)?.textContent;
    await expect(field('Tiedosto')).toBe('vastaukset.csv');
    await expect(field('Merkistö')).toBe(
      'windows-1252 (ei kelvollista UTF-8:aa, siis Windows-1252)',
    );
    await expect(field('Asettelu')).toBe('long');
    await expect(field('Rivejä luettu')).toBe('40');
    await expect(field('Hyväksytty')).toBe('40');
    await expect(field('Hylätty')).toBe('0');

    // The charts drawn from the accepted rows: the base is the file's municipalities.
    const figures = await canvas.findAllByRole('figure');
    await expect(figures.length).toBe(2);
    await expect(canvasElement.textContent).toContain('n = ');

    // Each download is a valid file.
    const onFile = args.onFile as ReturnType<typeof fn>;
    canvas.getByRole('button', { name: 'Lataa SVG: ResponseCoverage' }).click();
    canvas.getByRole('button', { name: 'Lataa PNG: ResponseCoverage' }).click();
    canvas.getByRole('button', { name: 'Lataa PPTX: ResponseCoverage' }).click();
    await waitFor(() => expect(onFile).toHaveBeenCalledTimes(3), { timeout: 30_000 });
    const files = onFile.mock.calls.map((call) => call[0] as MadeFile);
    const svg = files.find((file) => file.name === 'coverage-fi.svg');
    const png = files.find((file) => file.name === 'coverage-fi.png');
    const parsed = new DOMParser().parseFromString(await svg!.blob.text(), 'image/svg+xml');
    await expect(parsed.querySelector('parsererror')).toBeNull();
    await expect(parsed.documentElement.localName).toBe('svg');
    const bitmap = await createImageBitmap(png!.blob);
    await expect(bitmap.width).toBe(2 * 1280);
    // A .pptx is a zip (PK) whose directory names a slide, its picture and its notes.
    const pptx = files.find((file) => file.name === 'coverage-fi.pptx');
    const zip = new Uint8Array(await pptx!.blob.arrayBuffer());
    await expect(String.fromCharCode(zip[0]!, zip[1]!)).toBe('PK');
    const names = new TextDecoder('latin1').decode(zip);
    for (const part of ['ppt/slides/slide1.xml', 'ppt/notesSlides/notesSlide1.xml', 'ppt/media/']) {
      await expect(names).toContain(part);
    }
  },
};

export const RejectedRows: Story = {
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const csv = 'kunta;kysymys;vastaus\nEspoo;ws-1;4\nLojo;ws-1;7\nEsbo;ws-2;3;5\n';
    drop(canvas.getByTestId('drop-zone'), new File([csv], 'svar.csv', { type: 'text/csv' }));
    const report = await canvas.findByRole(
      'region',
      { name: 'Importrapport' },
      { timeout: 30_000 },
    );
    const field = (name: string) => report.querySelector(`[data-field="${name}"]`)?.textContent;
    await expect(field('Rader lästa')).toBe('3');
    await expect(field('Godkända')).toBe('1');
    await expect(field('Avvisade')).toBe('2');
    const cells = within(report).getAllByRole('cell');
    // Line 3's rating out of the scale, line 4's extra cell: line, column, value and a Swedish reason.
    await expect(cells.map((cell) => cell.textContent).slice(0, 3)).toEqual([
      '3',
      expect.any(String),
      '7',
    ]);
    await expect(report.textContent).toMatch(/4/);
  },
};

/** A file of the fixture at `url`, as a user would choose it. */
async function fixtureFile(url: string, name: string, type: string): Promise<File> {
  return new File([await (await fetch(url)).arrayBuffer()], name, { type });
}

/** Another (invented, illustrative) area's JSON definitions chosen first, then its export dropped. */
export const AnotherArea: Story = {
  globals: { locale: 'fi' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const definitions = canvas.getByLabelText(/Toisen alueen määrittelyt/);
    await userEvent.upload(definitions, [
      await fixtureFile(areaUrl, 'rannikko.area.json', 'application/json'),
      await fixtureFile(surveyUrl, 'rannikko-2026.survey.json', 'application/json'),
    ]);
    await expect(
      await canvas.findByText(
        'Määrittelyt käytössä: rannikko.area.json, rannikko-2026.survey.json',
      ),
    ).toBeVisible();
    drop(
      canvas.getByTestId('drop-zone'),
      await fixtureFile(areaExportUrl, 'rannikko-long.csv', 'text/csv'),
    );
    const report = await canvas.findByRole(
      'region',
      { name: 'Tuontiraportti' },
      { timeout: 30_000 },
    );
    const field = (name: string) => report.querySelector(`[data-field="${name}"]`)?.textContent;
    await expect(field('Hylätty')).toBe('0');
    await expect(Number(field('Hyväksytty'))).toBeGreaterThan(300);
    // The area's municipalities, the long joint authorities included, and its base.
    await waitFor(() => expect(canvasElement.textContent).toContain('Läntisten saaristokuntien'));
    await expect(canvasElement.textContent).toContain('n = 23/25');
  },
};
