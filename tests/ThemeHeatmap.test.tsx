// ThemeHeatmap in jsdom with the shipped matrix: the data package's coding of the 2025 §14 memos
// (000_d696d4283556c540.txt Kauniainen, 001_f4669efc46533f46.txt Espoo, 002_5c80737f701266ac.txt Lohja);
// 3 of the 10 municipalities of 003_ae88570eab8abfd8.txt have a memo. Other data: ThemeHeatmap.data.test.tsx.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  ThemeHeatmap,
  computeThemeHeatmapLayout,
  heatmapCellBox,
  themeHeatmapFromThemeCounts,
  defaultTheme,
} from '@yhdyspinta/charts';
import { axeViolations } from './support/axe';
import { TITLE, cell, focusable } from './support/heatmapJsdom';

// jsdom's role queries and axe are slow on a 150-cell table: generous timeouts (the charts themselves are fast).
describe(
  'ThemeHeatmap with the shipped memo themes (Finnish by default)',
  { timeout: 30_000 },
  () => {
    it('is a named figure with a description, one focusable cell, a data table and no axe violations', async () => {
      const { container } = render(<ThemeHeatmap width={800} />);
      const figure = screen.getByRole('figure', { name: TITLE });
      const description = document.getElementById(
        figure.getAttribute('aria-describedby') ?? '',
      )?.textContent;
      expect(description).toContain('Muistio on lähteissä 3/10 kunnasta');
      // The grid as drawn and read in its table: 15 themes × the 3 municipalities with a memo, each cell
      // named by its row then its column. The 7 without a memo are named below, not counted as 105 empty
      // cells of a grid that does not show them (the given data is 10 × 15).
      expect(description).toContain(
        '15 riviä × 3 saraketta. Suurin arvo 7: Yhteistyön rakenteet ja toimintatavat, Espoo.',
      );
      expect(description).not.toContain('105/150');
      // The picture changed: long theme names on the rows, municipalities without a memo in a note.
      expect(description).toContain('rivit: Teema; sarakkeet: Kunta.');
      expect(description).toContain(
        'Ei muistiota 7 kunnalta: Kirkkonummi, Siuntio, Vihti, Karkkila, Inkoo, Hanko ja Raasepori.',
      );
      expect(container.querySelectorAll('[tabindex]')).toHaveLength(1);
      expect(focusable().getAttribute('tabindex')).toBe('0');
      screen.getByRole('group', { name: /Solut: 15 riviä × 3 saraketta/ });

      // The table follows the picture (a row per theme) and has every municipality, with or without a memo.
      const table = screen.getByRole('table', { name: `${TITLE}: tiedot taulukkona` });
      const rows = within(table).getAllByRole('row');
      expect(rows).toHaveLength(16);
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((c) => c.textContent),
      ).toEqual(['Teema', ...themeHeatmapFromThemeCounts().rows.map((r) => r.label)]);
      const first = within(table)
        .getByRole('rowheader', { name: 'Työllisyyden hoito' })
        .closest('tr');
      const none = 'ei tietoa';
      expect(
        within(first as HTMLElement)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ).toEqual([
        String(cell(0, 0)),
        String(cell(1, 0)),
        none,
        none,
        none,
        none,
        String(cell(6, 0)),
        none,
        none,
        none,
      ]);
      expect(container.querySelector('[style]')).toBeNull();
      expect(await axeViolations(container)).toEqual([]);
    });

    it('has one Tab stop; arrows move in 2-D; the name and tooltip follow; Escape hides the tooltip', async () => {
      const user = userEvent.setup();
      const { container } = render(
        <>
          <button type="button">before</button>
          <ThemeHeatmap width={800} />
          <button type="button">after</button>
        </>,
      );
      await user.tab();
      await user.tab();
      expect(document.activeElement).toBe(focusable());
      expect(focusable().getAttribute('aria-label')).toBe(
        `Työllisyyden hoito, Espoo: ${cell(0, 0)} kirjausta`,
      );
      let tooltip = screen.getByRole('tooltip');
      expect(focusable().getAttribute('aria-describedby')).toBe(tooltip.id);
      expect(tooltip.textContent).toContain('Kunta: Espoo');
      expect(tooltip.textContent).toContain(`Kirjauksia: ${cell(0, 0)} kirjausta`);
      expect(tooltip.textContent).toContain('Muistion kirjaukset:');
      expect(tooltip.textContent).toContain('•');

      await user.keyboard('{ArrowRight}');
      expect(document.activeElement).toBe(focusable());
      expect(focusable().getAttribute('aria-label')).toBe(
        `Työllisyyden hoito, Kauniainen: ${cell(1, 0)} kirjausta`,
      );
      await user.keyboard('{ArrowDown}');
      // Kauniainen's memo has no point on integration: 0, a value, with no memo texts.
      expect(cell(1, 1)).toBe(0);
      expect(focusable().getAttribute('aria-label')).toBe(
        'Maahanmuutto ja kotoutumisen edistäminen, Kauniainen: 0 kirjausta',
      );
      tooltip = screen.getByRole('tooltip');
      expect(tooltip.textContent).toContain('Kirjauksia: 0 kirjausta');
      expect(tooltip.textContent).not.toContain('Muistion kirjaukset');
      expect(await axeViolations(container)).toEqual([]);

      await user.keyboard('{End}');
      expect(focusable().getAttribute('aria-label')).toBe(
        `Maahanmuutto ja kotoutumisen edistäminen, Lohja: ${cell(6, 1)} kirjausta`,
      );
      await user.keyboard('{Control>}{End}{/Control}');
      expect(focusable().getAttribute('aria-label')).toBe(
        `Muut aiheet, Lohja: ${cell(6, 14)} kirjausta`,
      );
      await user.keyboard('{Control>}{Home}{/Control}');
      expect(focusable().getAttribute('aria-label')).toContain('Työllisyyden hoito, Espoo');

      await user.keyboard('{Escape}');
      expect(screen.queryByRole('tooltip')).toBeNull();
      expect(document.activeElement).toBe(focusable());
      await user.keyboard('{ArrowRight}');
      // The tooltip is back, as the description of the newly focused cell.
      expect(focusable().getAttribute('aria-describedby')).toBe(screen.getByRole('tooltip').id);

      await user.tab();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'after' }));
      expect(screen.queryByRole('tooltip')).toBeNull();
    });

    it('shows the tooltip of the cell under the pointer (band scales inverted, no per-cell listeners)', () => {
      render(<ThemeHeatmap width={800} />);
      const svg = screen.getByRole('figure');
      const height = Number(svg.getAttribute('height'));
      const layout = computeThemeHeatmapLayout(themeHeatmapFromThemeCounts(), {
        width: 800,
        height,
        locale: 'fi',
        theme: defaultTheme,
        title: TITLE,
      });
      const box = heatmapCellBox(layout, 2); // Työllisyyden hoito, Lohja
      const group = screen.getByRole('group', { name: /Solut/ });
      fireEvent.pointerMove(group, {
        clientX: box.x + box.width / 2,
        clientY: box.y + box.height / 2,
      });
      const tooltip = screen.getByRole('tooltip');
      expect(tooltip.textContent).toContain('Lohja');
      expect(tooltip.textContent).toContain(`Kirjauksia: ${cell(6, 0)} kirjausta`);
      expect(tooltip.textContent).toMatch(/\+\d+ muuta/);
      fireEvent.pointerLeave(group);
      expect(screen.queryByRole('tooltip')).toBeNull();

      // Releasing the pointer on a cell makes it the active cell and focuses the chart there.
      const other = heatmapCellBox(layout, 6 * 3 + 1); // Terveysasemapalvelut ja hoitoon pääsy, Kauniainen
      fireEvent.pointerUp(group, { clientX: other.x + 1, clientY: other.y + 1 });
      expect(document.activeElement).toBe(focusable());
      expect(focusable().getAttribute('aria-label')).toBe(
        `Terveysasemapalvelut ja hoitoon pääsy, Kauniainen: ${cell(1, 6)} kirjausta`,
      );
    });

    it('speaks Swedish and English, with the Finnish memo texts flagged as such', async () => {
      const user = userEvent.setup();
      const { unmount } = render(<ThemeHeatmap width={800} locale="sv" />);
      screen.getByRole('figure', { name: 'Samarbetets teman per kommun' });
      await user.tab();
      expect(focusable().getAttribute('aria-label')).toBe(
        `Sysselsättning, Esbo: ${cell(0, 0)} punkter`,
      );
      expect(screen.getByRole('tooltip').textContent).toContain(
        'Promemorians punkter (på finska):',
      );
      unmount();
      render(<ThemeHeatmap width={800} locale="en" />);
      await user.tab();
      expect(focusable().getAttribute('aria-label')).toBe(
        `Employment, Espoo: ${cell(0, 0)} points`,
      );
    });
  },
);
