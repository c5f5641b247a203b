/**
 * The Embedding guide's side-by-side: the same chart as the custom element a CMS page uses (React
 * inside, interactive) and as the static SVG file a page without JavaScript uses (`renderToSvg` of
 * @yhdyspinta/charts/static, shown here as an <img> of that file, as such a page would).
 */
import { createElement, useEffect, useMemo } from 'react';
import { defineYhdyspintaElements } from '@yhdyspinta/charts/elements';
import { renderToSvg } from '@yhdyspinta/charts/static';

const WIDTH = 420;

const column = { flex: `1 1 ${WIDTH}px`, minWidth: 0 } as const;

export function ElementAndStatic() {
  useEffect(() => defineYhdyspintaElements(), []);
  const svgUrl = useMemo(() => {
    const svg = renderToSvg({ chart: 'coverage' }, { locale: 'fi', width: WIDTH });
    return URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  }, []);
  useEffect(() => () => URL.revokeObjectURL(svgUrl), [svgUrl]);
  return (
    <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap', alignItems: 'flex-start' }}>
      <figure style={column}>
        <figcaption>
          <code>{`<yhdyspinta-coverage width="${WIDTH}">`}</code>: interactive (hover, arrow keys)
        </figcaption>
        {createElement('yhdyspinta-coverage', { width: String(WIDTH), locale: 'fi' })}
      </figure>
      <figure style={column}>
        <figcaption>
          <code>{`<img src="coverage.svg">`}</code>: the static file, no JavaScript
        </figcaption>
        <img src={svgUrl} width={WIDTH} alt="Kuntakyselyyn vastanneet kunnat (staattinen SVG)" />
      </figure>
    </div>
  );
}
