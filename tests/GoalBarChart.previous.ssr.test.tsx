// GoalBarChart with a previous survey round, rendered on the server: the markers, the printed change,
// the hidden table's columns, the description and the focused row's name. The previous round's means
// are ILLUSTRATIVE (invented); the current means are the 2024 survey's (003_ae88570eab8abfd8.txt).
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { survey2024 } from '@yhdyspinta/data';
import { GoalBarChart, goalBarFromSurvey, slideTheme } from '@yhdyspinta/charts';
import { renderToSvg } from '@yhdyspinta/charts/static';
import { count } from './support/serverMarkup';

const PREVIOUS = { 'ws-1': 2.5, 'ws-2': 2.4, 'ss-1': 2.7, older: 2.2, rescue: 3.6 };
const LABEL = 'Kuntakysely 2021 (kuvitteellinen)';
const fiData = goalBarFromSurvey(survey2024, 'fi', { previous: PREVIOUS, previousLabel: LABEL });

/** The hidden table's rows as [header, ...cells] (text only). */
function tableRows(markup: string): string[][] {
  const body = markup.slice(markup.indexOf('<tbody>'), markup.indexOf('</tbody>'));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => cell[1] ?? ''),
  );
}

describe('GoalBarChart with a previous round, server-rendered', () => {
  const markup = renderToStaticMarkup(<GoalBarChart data={fiData} width={800} illustrative />);

  it('draws one diamond per goal with a previous mean, in one path, and names it in the legend', () => {
    const path = /<path d="([^"]*)" fill="#FFFFFF" stroke="#1B1B1B" stroke-linejoin="round">/.exec(
      markup,
    );
    expect(path?.[1]?.match(/M/g)).toHaveLength(Object.keys(PREVIOUS).length);
    expect(markup).toContain(`>${LABEL}</text>`);
    expect(markup).toContain('Havainnollistava esimerkkiaineisto – ei todellisia tuloksia');
  });

  it('prints the signed change after each value, in normal weight', () => {
    expect(markup).toContain('>2,2<tspan font-weight="400">\u00a0(\u22120,3)</tspan></text>');
    expect(markup).toContain('>2,7<tspan font-weight="400">\u00a0(+0,3)</tspan></text>');
    expect(markup).toContain('>2,7<tspan font-weight="400">\u00a0(0,0)</tspan></text>');
    expect(markup).toContain('>3,4<tspan font-weight="400">\u00a0(\u22120,2)</tspan></text>');
    // Goals without a previous mean print their value alone.
    expect(markup).toContain('>2,8</text>');
  });

  it('has the previous round and the change as table columns', () => {
    expect(markup).toContain(`<th scope="col">${LABEL}</th><th scope="col">Muutos</th>`);
    const rows = tableRows(markup);
    expect(rows).toHaveLength(11);
    expect(rows[0]?.slice(1)).toEqual(['Hyvinvointialuestrategia', '2,2', '2,5', '\u22120,3']);
    expect(rows[1]?.slice(2)).toEqual(['2,7', '2,4', '+0,3']);
    // No previous mean given for ss-2: "ei tietoa", and no change.
    expect(rows[3]?.slice(2)).toEqual(['2,2', 'ei tietoa', '–']);
    expect(rows[10]?.slice(2)).toEqual(['3,4', '3,6', '\u22120,2']);
  });

  it('says what rose and fell in the description, and the change in the focused row name', () => {
    expect(markup).toContain(
      `Edellisestä kierroksesta (${LABEL}) keskiarvo nousi 2 tavoitteella, laski 2 tavoitteella ja ` +
        'pysyi ennallaan 1 tavoitteella. Suurin nousu +0,5: Ikääntyneiden palvelut. Suurin lasku −0,3: ' +
        'Rakennetaan kuntien kanssa vaikuttavat palvelujen yhteistyömallit erityisesti lasten ja ' +
        'nuorten palveluissa, työllisyyden edistämisessä sekä maahanmuuttajapalveluissa. Siirry',
    );
    expect(markup).toMatch(
      /role="graphics-symbol" aria-label="[^"]*: 2,2 \(Heikosti\); Kuntakysely 2021 \(kuvitteellinen\) 2,5, muutos −0,3"/,
    );
  });

  it('speaks Swedish and English, with the default round name when the data gives none', () => {
    const sv = renderToStaticMarkup(
      <GoalBarChart
        data={goalBarFromSurvey(survey2024, 'sv', { previous: PREVIOUS })}
        width={800}
        locale="sv"
      />,
    );
    expect(sv).toContain('<th scope="col">Föregående omgång</th><th scope="col">Förändring</th>');
    expect(sv).toContain('>Föregående omgång</text>');
    expect(sv).toContain('Jämfört med föregående omgång har medelvärdet stigit för 2 mål');
    const en = renderToStaticMarkup(
      <GoalBarChart
        data={goalBarFromSurvey(survey2024, 'en', { previous: PREVIOUS })}
        width={800}
        locale="en"
      />,
    );
    expect(en).toContain('>2.7<tspan font-weight="400">\u00a0(+0.3)</tspan></text>');
    expect(en).toContain('<th scope="col">Previous round</th><th scope="col">Change</th>');
    expect(en).toContain('Compared with the previous round, the mean rose for 2 goals');
  });

  it('leaves a chart without a previous round as it was: no marker, change or columns', () => {
    const plain = renderToStaticMarkup(
      <GoalBarChart data={goalBarFromSurvey(survey2024, 'fi')} width={800} />,
    );
    expect(plain).not.toContain('Muutos');
    expect(plain).not.toContain('<tspan font-weight="400">');
    expect(plain).not.toContain('Edellisestä kierroksesta');
    expect(count(plain, '<th scope="col">')).toBe(3);
  });

  it('renders a 1920 × 1080 slide that fits (a static render of data that does not fit throws)', () => {
    const slide = (
      <GoalBarChart data={fiData} width={1920} height={1080} theme={slideTheme} illustrative />
    );
    expect(renderToStaticMarkup(slide)).not.toContain('data-fit="does-not-fit"');
    const svg = renderToSvg(slide);
    expect(svg).toContain('width="1920" height="1080"');
    expect(svg).toContain('\u00a0(+0,5)</tspan>');
  });
});
