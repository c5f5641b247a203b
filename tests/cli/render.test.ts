// The yhdyspinta CLI end to end: bundled once for the file, then run with plain node as a user would
// (as bin/yhdyspinta.js runs it), in parallel. PNG and SVG output, and --data; the failures are in
// render.errors.test.ts.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_NAMES, PRESET_NAMES, PRESETS } from '@yhdyspinta/charts/static';
import { pngInfo } from './png';
import { cli, EXAMPLE, EXAMPLE_JSON, expectPng, TIMEOUT, useRenderCli } from '../support/cliRender';

useRenderCli();

describe.concurrent('yhdyspinta render: PNG', TIMEOUT, () => {
  it.each(PRESET_NAMES)('goal-bars, %s: a PNG of the preset size that is not blank', async (p) => {
    const run = await cli(
      `render goal-bars --locale sv --preset ${p} --format png --out goals.png`,
    );
    const { width, height } = PRESETS[p];
    const info = await expectPng(run, 'goals.png', width, height);
    if (height === undefined) expect(info.height).toBeGreaterThan(width);
  });

  it.each(CHART_NAMES.filter((name) => name !== 'goal-bars'))('%s: a 16:9 PNG', async (chart) => {
    await expectPng(await cli(`render ${chart} -o chart.png`), 'chart.png', 1920, 1080);
  });

  it('fails on a chart that needs more room than the size, naming the size; --fit shrink scales it with a warning', async () => {
    // English at 1440 px wide needs about 920 px even with one-line labels; 860 is too little.
    const [refused, shrunk] = await Promise.all([
      cli('render goal-bars -l en -p slide-4x3 --height 860 -o refused.png'),
      cli('render goal-bars -l en -p slide-4x3 --height 860 --fit shrink -o en.png'),
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /does not fit slide-4x3 \(1440×860 px\) with text of at least 20 px/,
    );
    expect(existsSync(join(refused.cwd, 'refused.png'))).toBe(false);
    expect(shrunk.code).toBe(0);
    // The renderer's warnings, as the slides print them: one text for one event (scaled down; goal texts
    // cut in the layout it scaled).
    expect(shrunk.stderr).toMatch(
      /^yhdyspinta: warning: "goal-bars" did not fit slide-4x3 \(1440×860 px\) and was scaled to 9\d % \(smallest text \d+(\.\d)? px\)\. A larger size, fewer items or a split avoids it\.\n/,
    );
    expect(shrunk.stderr).toMatch(
      /\nyhdyspinta: warning: "goal-bars" \(en, slide-4x3\): \d+ labels were cut \(…\) to fit the chart in 1440×860 px\./,
    );
    expect(shrunk.stderr.match(/warning/g)).toHaveLength(2);
    const info = pngInfo(await readFile(join(shrunk.cwd, 'en.png')));
    expect([info.width, info.height]).toEqual([1440, 860]);
  });

  it("says does-not-fit and the shrink warning in the command line's language", async () => {
    // Finnish, at 300 px high: far from enough for the goals at 20 px text.
    const [refused, shrunk] = await Promise.all([
      cli('render goal-bars -p slide-4x3 --height 300 -o refused.png'),
      cli('render goal-bars -l sv -p slide-4x3 --height 300 --fit shrink -o sv.png'),
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^yhdyspinta: virhe: "goal-bars" ei mahdu kokoon slide-4x3 \(1440×300 px\), kun tekstin on oltava vähintään 20 px/,
    );
    // Its advice in the command line's words: the flag, not the API's option.
    expect(refused.stderr).toContain('piirrä pienennettynä (--fit shrink, pienempi teksti)');
    expect(shrunk.code).toBe(0);
    expect(shrunk.stderr).toMatch(
      /^yhdyspinta: varning: "goal-bars" rymdes inte i slide-4x3 \(1440×300 px\) och förminskades till \d+ % \(minsta text \d+(,\d)? px\)\. En större storlek, färre punkter eller en uppdelning undviker det\./,
    );
  });

  it('--scale 2 doubles the pixels', async () => {
    const run = await cli('render goal-bars --preset intranet-card --scale 2 --out card.png');
    expect(run.code).toBe(0);
    expect(pngInfo(await readFile(join(run.cwd, 'card.png'))).width).toBe(800);
  });
});

describe.concurrent('yhdyspinta render: SVG and --data', TIMEOUT, () => {
  it('writes an SVG document (format from the extension)', async () => {
    const run = await cli('render goal-bars -l sv-FI -p slide-4x3 -o goals.svg');
    expect(run.code).toBe(0);
    const svg = await readFile(join(run.cwd, 'goals.svg'), 'utf8');
    expect(svg).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1440" height="1080" viewBox="0 0 1440 1080" /,
    );
    expect(svg).toContain('<title>Hur de strategiska samarbetsmålen');
  });

  it('charts a raw CSV export with --data (goal-bars: PNG and SVG)', async () => {
    const [svgRun, pngRun] = await Promise.all([
      cli('render goal-bars --out own.svg --data', EXAMPLE),
      cli('render goal-bars --locale sv --out own.png --data', EXAMPLE),
    ]);
    expect(svgRun.code).toBe(0);
    const svg = await readFile(join(svgRun.cwd, 'own.svg'), 'utf8');
    expect(svg).toContain('n = 3/10 kuntaa');
    expect(svg).toContain('>3,0<');
    // On a slide preset the file is named as the source, with the base (as on the PowerPoint slides):
    // not the published survey's line, and not no source at all.
    expect(svg).toContain(`>Lähde: ${basename(EXAMPLE)} · n = 3/10 kuntaa<`);
    expect(svg).not.toContain('Kuntakysely 2024');
    await expectPng(pngRun, 'own.png', 1920, 1080);
  });

  it.each(CHART_NAMES.filter((name) => name !== 'goal-bars'))(
    '%s: --data (JSON)',
    async (chart) => {
      const run = await cli(`render ${chart} -p intranet-card -o own.svg --data`, EXAMPLE_JSON);
      // The heatmap's rows are goal texts, cut at four lines on the 400 px card: said, and only that.
      expect(run.stderr).toMatch(
        chart === 'theme-heatmap'
          ? /^yhdyspinta: varoitus: "theme-heatmap" \(fi, intranet-card\): \d+ nimiötä lyhennettiin \(…\), jotta kaavio mahtuu kokoon 400×\d+ px\. [^\n]*\n$/
          : /^$/,
      );
      expect(run.code).toBe(0);
      const svg = await readFile(join(run.cwd, 'own.svg'), 'utf8');
      expect(svg).toMatch(/^<\?xml /);
      // No source line at the intranet card's size (as for the shipped data).
      expect(svg).not.toContain('Lähde');
      // Goals named in a note (no rating) read "…yhteistyötä, Turvaamme…", not "…yhteistyötä., Turvaamme…".
      expect(svg).not.toContain('.,');
      // One's own file has no deadline: a municipality without a rating in it has "Ei vastausta", not the
      // 2024 survey's printed "Ei vastausta määräajassa".
      if (chart === 'coverage') expect(svg).toContain('>Ei vastausta<');
      expect(svg).not.toContain('määräajassa');
      // The base: municipalities with a rating (3/10; for the rescue goals only Espoo and Hanko, 2/10).
      expect(svg).toContain(chart === 'rescue-radar' ? '2/10' : '3/10');
    },
  );
});
